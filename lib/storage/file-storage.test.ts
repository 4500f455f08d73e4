/**
 * Both storage drivers pass the same tests: the local disk, and S3 against a real S3 protocol server
 * (s3rver, in this process, on loopback).
 */
import { mkdtempSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LocalDiskStorage, newStorageKey, UploadTooLargeError, type FileStorage } from "./file-storage";
import { S3Storage } from "./s3-storage";

const folder = () => mkdtempSync(path.join(tmpdir(), "consortia-storage-"));
const BUCKET = "consortia-test";
let s3server: S3rver;
let s3endpoint = "";

beforeAll(async () => {
  s3server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory: folder(),
    configureBuckets: [{ name: BUCKET, configs: [] }],
  });
  const { port } = await s3server.run();
  s3endpoint = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  await s3server.close();
});

/** A fresh store of each kind; `root` is where it stages uploads (and, on the local disk, keeps files). */
const DRIVERS: [string, (root: string) => FileStorage][] = [
  ["LocalDiskStorage", (root) => new LocalDiskStorage(root)],
  [
    "S3Storage",
    (root) =>
      new S3Storage(
        {
          endpoint: s3endpoint,
          region: "us-east-1",
          bucket: BUCKET,
          accessKeyId: "S3RVER",
          secretAccessKey: "S3RVER",
          forcePathStyle: true,
        },
        root,
      ),
  ],
];

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

describe.each(DRIVERS)("%s", (_name, create) => {
  it("stages, commits and reads back the same bytes, and removes them", async () => {
    const root = folder();
    const storage = create(root);
    const staged = await storage.stage(Readable.from([Buffer.from("hello "), Buffer.from("world")]), 100);
    expect(staged.sizeBytes).toBe(11);
    const key = newStorageKey();
    await storage.commit(staged, key);
    expect((await readAll(await storage.read(key))).toString()).toBe("hello world");
    expect(await readdir(path.join(root, "staging"))).toEqual([]);
    await storage.remove(key);
    await expect(storage.read(key).then(readAll)).rejects.toThrow();
  });

  it("sends a large file in parts, byte for byte", async () => {
    const storage = create(folder());
    const large = Buffer.alloc(12 * 1024 * 1024);
    for (let index = 0; index < large.length; index += 4096) large[index] = index % 251;
    const staged = await storage.stage(Readable.from([large]), large.length);
    const key = newStorageKey();
    await storage.commit(staged, key);
    expect((await readAll(await storage.read(key))).equals(large)).toBe(true);
    await storage.remove(key);
  });

  it("stops at the limit and leaves no staging file", async () => {
    const root = folder();
    const storage = create(root);
    await expect(storage.stage(Readable.from([Buffer.alloc(60), Buffer.alloc(60)]), 100)).rejects.toBeInstanceOf(
      UploadTooLargeError,
    );
    expect(await readdir(path.join(root, "staging"))).toEqual([]);
  });

  it("refuses storage keys that could leave its folder or prefix", async () => {
    await expect(create(folder()).read("../../etc/passwd")).rejects.toThrow("Invalid storage key");
  });

  it("sweeps unrecorded files only once they are older than the grace period, and keeps recorded ones", async () => {
    const storage = create(folder());
    const store = async () => {
      const key = newStorageKey();
      await storage.commit(await storage.stage(Readable.from([Buffer.from("x")]), 10), key);
      return key;
    };
    const [orphan, recorded] = [await store(), await store()];
    const isReferenced = async (key: string) => key === recorded;
    expect((await storage.sweep(isReferenced, 60 * 60 * 1000)).removed).not.toContain(`files/${orphan}`);
    const { removed } = await storage.sweep(isReferenced, 0);
    expect(removed).toContain(`files/${orphan}`);
    expect(removed).not.toContain(`files/${recorded}`);
    expect((await readAll(await storage.read(recorded))).toString()).toBe("x");
    await storage.remove(recorded);
  });
});
