/**
 * Killing the server in the middle of an upload leaves no partial file and no dangling row after restart:
 * a real process is killed with SIGKILL, then the start-up sweep runs.
 */
import { spawn } from "node:child_process";
import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/test/db";
import { sweepStorage } from "@/lib/storage/sweep";

const root = () => process.env.STORAGE_DIR!;
const list = async (folder: string) => readdir(path.join(root(), folder)).catch(() => [] as string[]);

async function waitFor(condition: () => Promise<boolean>, what: string) {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

async function killMidWay(mode: "streaming" | "committed", ready: () => Promise<boolean>) {
  // Node itself with tsx's loader (not the tsx command, which runs Node as a child): SIGKILL must reach
  // the process that uploads, or it would live on after the test.
  const child = spawn(process.execPath, ["--import", "tsx", "test/fixtures/interrupted-upload.ts", mode], {
    env: { ...process.env, STORAGE_DIR: root() },
    stdio: "ignore",
  });
  try {
    await waitFor(ready, `the ${mode} upload to start`);
  } finally {
    child.kill("SIGKILL");
  }
  await new Promise((resolve) => child.once("exit", resolve));
}

beforeEach(async () => {
  await rm(root(), { recursive: true, force: true });
});

describe("an upload cut off by a crash", () => {
  it("while the body streams in: the partial file is removed at start-up", async () => {
    const rowsBefore = await db.storedFile.count();
    await killMidWay("streaming", async () => (await list("staging")).length > 0);
    expect((await list("staging"))[0]).toMatch(/\.part$/);

    const removed = await sweepStorage();
    expect(removed).toHaveLength(1);
    expect(await list("staging")).toEqual([]);
    expect(await list("files")).toEqual([]);
    expect(await db.storedFile.count()).toBe(rowsBefore);
  });

  it("after the file was stored but before its row was written: the orphan is removed at start-up", async () => {
    await killMidWay("committed", async () => (await list("files")).length > 0);
    expect(await sweepStorage()).toEqual([expect.stringMatching(/^files\/[a-f0-9]{48}$/)]);
    expect(await list("files")).toEqual([]);
  });

  it("keeps files that have their row", async () => {
    await killMidWay("committed", async () => (await list("files")).length > 0);
    const [storageKey] = await list("files");
    const user = await db.user.create({ data: { email: "x@example.test", name: "X", role: "ADMIN" } });
    await db.storedFile.create({
      data: {
        storageKey: storageKey!,
        originalName: "a.pdf",
        mimeType: "application/pdf",
        sizeBytes: 15,
        sha256: "x",
        versionNumber: 1,
        documentId: (await db.document.create({ data: { title: "a.pdf" } })).id,
        uploadedById: user.id,
      },
    });
    expect(await sweepStorage()).toEqual([]);
    expect(await list("files")).toEqual([storageKey]);
  });
});
