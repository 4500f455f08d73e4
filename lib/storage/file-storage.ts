import { createHash, randomBytes } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, readdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";

export class UploadTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`The file is larger than the limit of ${Math.round(maxBytes / 1024 / 1024)} MB.`);
  }
}

/** A file received into temporary storage, not yet part of the store. */
export type StagedFile = { tempPath: string; sizeBytes: number; sha256: string };

/**
 * Where uploaded files are kept. The local disk is the default; an S3-compatible store can implement the
 * same four operations. Files are staged first and committed (made permanent) only once checked.
 */
export interface FileStorage {
  /** Streams a body into a staging file, counting and hashing as it goes; stops as soon as it exceeds maxBytes. */
  stage(body: ReadableStream<Uint8Array> | Readable, maxBytes: number): Promise<StagedFile>;
  /** Moves a staged file under its permanent random key. */
  commit(staged: StagedFile, storageKey: string): Promise<void>;
  discard(staged: StagedFile): Promise<void>;
  read(storageKey: string): Readable;
  remove(storageKey: string): Promise<void>;
  /** Removes staging leftovers and files no row refers to, older than `olderThanMs` (crash recovery). */
  sweep(isReferenced: (storageKey: string) => Promise<boolean>, olderThanMs: number): Promise<{ removed: string[] }>;
}

/** A fresh storage key: random, never derived from the uploaded name. */
export function newStorageKey(): string {
  return randomBytes(24).toString("hex");
}

const KEY_PATTERN = /^[a-f0-9]{48}$/;

export class LocalDiskStorage implements FileStorage {
  private readonly filesDir: string;
  private readonly stagingDir: string;

  constructor(root: string) {
    this.filesDir = path.resolve(/*turbopackIgnore: true*/ root, "files");
    this.stagingDir = path.resolve(/*turbopackIgnore: true*/ root, "staging");
  }

  async stage(body: ReadableStream<Uint8Array> | Readable, maxBytes: number): Promise<StagedFile> {
    await mkdir(this.stagingDir, { recursive: true });
    const tempPath = path.join(this.stagingDir, `${newStorageKey()}.part`);
    const hash = createHash("sha256");
    let sizeBytes = 0;
    const limit = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        sizeBytes += chunk.length;
        if (sizeBytes > maxBytes) return callback(new UploadTooLargeError(maxBytes));
        hash.update(chunk);
        callback(null, chunk);
      },
    });
    const source = body instanceof Readable ? body : Readable.fromWeb(body as WebReadableStream<Uint8Array>);
    try {
      await pipeline(source, limit, createWriteStream(tempPath, { flags: "wx", mode: 0o600 }));
    } catch (error) {
      await rm(tempPath, { force: true });
      throw error;
    }
    return { tempPath, sizeBytes, sha256: hash.digest("hex") };
  }

  async commit(staged: StagedFile, storageKey: string): Promise<void> {
    await mkdir(this.filesDir, { recursive: true });
    await rename(staged.tempPath, this.pathOf(storageKey));
  }

  async discard(staged: StagedFile): Promise<void> {
    await rm(staged.tempPath, { force: true });
  }

  read(storageKey: string): Readable {
    return createReadStream(this.pathOf(storageKey));
  }

  async remove(storageKey: string): Promise<void> {
    await rm(this.pathOf(storageKey), { force: true });
  }

  async sweep(isReferenced: (storageKey: string) => Promise<boolean>, olderThanMs: number) {
    const removed: string[] = [];
    const cutoff = Date.now() - olderThanMs;
    // Without a grace period everything left over counts, whatever its timestamp's precision.
    const isOld = async (file: string) => olderThanMs === 0 || (await stat(file)).mtimeMs <= cutoff;
    for (const name of await readdir(this.stagingDir).catch(() => [])) {
      const file = path.join(this.stagingDir, name);
      if (await isOld(file)) {
        await rm(file, { force: true });
        removed.push(`staging/${name}`);
      }
    }
    for (const name of await readdir(this.filesDir).catch(() => [])) {
      const file = path.join(this.filesDir, name);
      if ((await isOld(file)) && !(KEY_PATTERN.test(name) && (await isReferenced(name)))) {
        await rm(file, { force: true });
        removed.push(`files/${name}`);
      }
    }
    return { removed };
  }

  private pathOf(storageKey: string): string {
    if (!KEY_PATTERN.test(storageKey)) throw new Error("Invalid storage key");
    return path.join(this.filesDir, storageKey);
  }
}
