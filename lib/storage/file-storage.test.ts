import { mkdtempSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { LocalDiskStorage, newStorageKey, UploadTooLargeError } from "./file-storage";

const root = () => mkdtempSync(path.join(tmpdir(), "consortia-storage-"));

describe("LocalDiskStorage", () => {
  it("stages, commits and reads back the same bytes", async () => {
    const storage = new LocalDiskStorage(root());
    const staged = await storage.stage(Readable.from([Buffer.from("hello "), Buffer.from("world")]), 100);
    expect(staged.sizeBytes).toBe(11);
    const key = newStorageKey();
    await storage.commit(staged, key);
    const chunks: Buffer[] = [];
    for await (const chunk of storage.read(key)) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString()).toBe("hello world");
  });

  it("stops at the limit and leaves no staging file", async () => {
    const folder = root();
    const storage = new LocalDiskStorage(folder);
    await expect(storage.stage(Readable.from([Buffer.alloc(60), Buffer.alloc(60)]), 100)).rejects.toBeInstanceOf(UploadTooLargeError);
    expect(await readdir(path.join(folder, "staging"))).toEqual([]);
  });

  it("refuses storage keys that could leave its folder", () => {
    expect(() => new LocalDiskStorage(root()).read("../../etc/passwd")).toThrow("Invalid storage key");
  });

  it("sweeps leftovers only once they are older than the grace period", async () => {
    const storage = new LocalDiskStorage(root());
    const staged = await storage.stage(Readable.from([Buffer.from("x")]), 10);
    await storage.commit(staged, newStorageKey());
    expect((await storage.sweep(async () => false, 60 * 60 * 1000)).removed).toEqual([]);
    expect((await storage.sweep(async () => false, 0)).removed).toHaveLength(1);
  });
});
