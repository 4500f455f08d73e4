import { createReadStream } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { DeleteObjectCommand, GetObjectCommand, ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import {
  isPastGrace,
  KEY_PATTERN,
  stageInFolder,
  sweepStagingFolder,
  type FileStorage,
  type StagedFile,
} from "./file-storage";

export type S3Settings = {
  /** For stores other than AWS (MinIO, Ceph, Garage, a cloud's S3); AWS's own endpoint when absent. */
  endpoint?: string;
  region: string;
  bucket: string;
  /** Without keys, the SDK's own chain (environment, instance role) supplies credentials. */
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle: boolean;
};

/** Objects live under this prefix, so that a bucket can be shared with other data. */
const PREFIX = "files/";

/**
 * Files in an S3-compatible bucket. Uploads are staged on the local disk (size limit and hash while the body
 * streams, content checks after), and only a checked file is sent to the bucket, in parts when large. The
 * bucket stays private: every download goes through the app, which checks access and streams the object.
 */
export class S3Storage implements FileStorage {
  private readonly client: S3Client;
  private readonly stagingDir: string;

  constructor(
    private readonly settings: S3Settings,
    stagingRoot: string,
  ) {
    this.client = new S3Client({
      endpoint: settings.endpoint,
      region: settings.region,
      forcePathStyle: settings.forcePathStyle,
      credentials:
        settings.accessKeyId && settings.secretAccessKey
          ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey }
          : undefined,
    });
    this.stagingDir = path.resolve(/*turbopackIgnore: true*/ stagingRoot, "staging");
  }

  stage(body: ReadableStream<Uint8Array> | Readable, maxBytes: number): Promise<StagedFile> {
    return stageInFolder(this.stagingDir, body, maxBytes);
  }

  async commit(staged: StagedFile, storageKey: string): Promise<void> {
    const upload = new Upload({
      client: this.client,
      params: {
        Bucket: this.settings.bucket,
        Key: this.objectKey(storageKey),
        Body: createReadStream(staged.tempPath),
      },
    });
    await upload.done();
    await rm(staged.tempPath, { force: true });
  }

  async discard(staged: StagedFile): Promise<void> {
    await rm(staged.tempPath, { force: true });
  }

  async read(storageKey: string): Promise<Readable> {
    const object = await this.client.send(
      new GetObjectCommand({ Bucket: this.settings.bucket, Key: this.objectKey(storageKey) }),
    );
    return object.Body as Readable;
  }

  async remove(storageKey: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.settings.bucket, Key: this.objectKey(storageKey) }));
  }

  async isEmpty(): Promise<boolean> {
    const page = await this.client.send(
      new ListObjectsV2Command({ Bucket: this.settings.bucket, Prefix: PREFIX, MaxKeys: 1 }),
    );
    return (page.Contents ?? []).length === 0;
  }

  /**
   * Staging leftovers of this instance, and objects no row refers to that are older than the grace period.
   * With several instances on one bucket, the grace period must outlast an upload under way elsewhere (an
   * object is committed just before its row is written).
   */
  async sweep(isReferenced: (storageKey: string) => Promise<boolean>, olderThanMs: number) {
    const removed = await sweepStagingFolder(this.stagingDir, olderThanMs);
    let continuationToken: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({
          Bucket: this.settings.bucket,
          Prefix: PREFIX,
          ContinuationToken: continuationToken,
        }),
      );
      for (const object of page.Contents ?? []) {
        const name = object.Key!.slice(PREFIX.length);
        const modified = object.LastModified?.getTime() ?? 0;
        if (isPastGrace(modified, olderThanMs) && !(KEY_PATTERN.test(name) && (await isReferenced(name)))) {
          await this.client.send(new DeleteObjectCommand({ Bucket: this.settings.bucket, Key: object.Key }));
          removed.push(`files/${name}`);
        }
      }
      continuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (continuationToken);
    return { removed };
  }

  private objectKey(storageKey: string): string {
    if (!KEY_PATTERN.test(storageKey)) throw new Error("Invalid storage key");
    return `${PREFIX}${storageKey}`;
  }
}
