import { createHash, randomBytes } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, readdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { inEnglish } from "@/lib/errors";
import type { Message } from "@/lib/i18n/message";

export class UploadTooLargeError extends Error {
  /** What the person is told; `message` is its English wording, for logs. */
  readonly problem: Message;

  constructor(readonly maxBytes: number) {
    const problem: Message = { key: "fileTooLarge", values: { megabytes: Math.round(maxBytes / 1024 / 1024) } };
    super(inEnglish(problem));
    this.problem = problem;
  }
}

/** A file received into temporary storage, not yet part of the store. */
export type StagedFile = { tempPath: string; sizeBytes: number; sha256: string };

/**
 * Where uploaded files are kept: the local disk (the default) or an S3-compatible store (s3-storage.ts).
 * Files are staged on the local disk first, counted and hashed as they stream in, and committed (made
 * permanent and visible under their key) only once checked.
 */
export interface FileStorage {
  /** Streams a body into a staging file, counting and hashing as it goes; stops as soon as it exceeds maxBytes. */
  stage(body: ReadableStream<Uint8Array> | Readable, maxBytes: number): Promise<StagedFile>;
  /** Moves a staged file under its permanent random key. */
  commit(staged: StagedFile, storageKey: string): Promise<void>;
  discard(staged: StagedFile): Promise<void>;
  read(storageKey: string): Promise<Readable>;
  remove(storageKey: string): Promise<void>;
  /** Whether no file is stored at all (a restore goes only into an empty store). */
  isEmpty(): Promise<boolean>;
  /** Removes staging leftovers and files no row refers to, older than `olderThanMs` (crash recovery). */
  sweep(isReferenced: (storageKey: string) => Promise<boolean>, olderThanMs: number): Promise<{ removed: string[] }>;
}

/** A fresh storage key: random, never derived from the uploaded name. */
export function newStorageKey(): string {
  return randomBytes(24).toString("hex");
}

/** What every storage key looks like; anything else is refused before it reaches a path or a bucket. */
export const KEY_PATTERN = /^[a-f0-9]{48}$/;

/** Streams a body into a new file in `stagingDir`, counting and hashing; stops as soon as it exceeds maxBytes. */
export async function stageInFolder(
  stagingDir: string,
  body: ReadableStream<Uint8Array> | Readable,
  maxBytes: number,
): Promise<StagedFile> {
  await mkdir(stagingDir, { recursive: true });
  const tempPath = path.join(stagingDir, `${newStorageKey()}.part`);
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

/** Whether a file last changed at `modifiedMs` is old enough to sweep; without a grace period, everything is. */
export function isPastGrace(modifiedMs: number, olderThanMs: number, now = Date.now()): boolean {
  return olderThanMs === 0 || modifiedMs <= now - olderThanMs;
}

/** Removes staging leftovers older than the grace period; returns them as "staging/<name>". */
export async function sweepStagingFolder(stagingDir: string, olderThanMs: number): Promise<string[]> {
  const removed: string[] = [];
  for (const name of await readdir(stagingDir).catch(() => [])) {
    const file = path.join(stagingDir, name);
    if (isPastGrace((await stat(file)).mtimeMs, olderThanMs)) {
      await rm(file, { force: true });
      removed.push(`staging/${name}`);
    }
  }
  return removed;
}

export class LocalDiskStorage implements FileStorage {
  private readonly filesDir: string;
  private readonly stagingDir: string;

  constructor(root: string) {
    this.filesDir = path.resolve(/*turbopackIgnore: true*/ root, "files");
    this.stagingDir = path.resolve(/*turbopackIgnore: true*/ root, "staging");
  }

  stage(body: ReadableStream<Uint8Array> | Readable, maxBytes: number): Promise<StagedFile> {
    return stageInFolder(this.stagingDir, body, maxBytes);
  }

  async commit(staged: StagedFile, storageKey: string): Promise<void> {
    await mkdir(this.filesDir, { recursive: true });
    await rename(staged.tempPath, this.pathOf(storageKey));
  }

  async discard(staged: StagedFile): Promise<void> {
    await rm(staged.tempPath, { force: true });
  }

  async read(storageKey: string): Promise<Readable> {
    return createReadStream(this.pathOf(storageKey));
  }

  async remove(storageKey: string): Promise<void> {
    await rm(this.pathOf(storageKey), { force: true });
  }

  async isEmpty(): Promise<boolean> {
    return (await readdir(this.filesDir).catch(() => [])).length === 0;
  }

  async sweep(isReferenced: (storageKey: string) => Promise<boolean>, olderThanMs: number) {
    const removed = await sweepStagingFolder(this.stagingDir, olderThanMs);
    for (const name of await readdir(this.filesDir).catch(() => [])) {
      const file = path.join(this.filesDir, name);
      if (
        isPastGrace((await stat(file)).mtimeMs, olderThanMs) &&
        !(KEY_PATTERN.test(name) && (await isReferenced(name)))
      ) {
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
