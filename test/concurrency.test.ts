/**
 * Many people at once on one SQLite file: status changes and uploads arriving together, while a second
 * connection (another app instance or the reminder job) writes as well. Every request must succeed,
 * none with "database is locked", and nothing may be lost.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { spawn } from "node:child_process";
import { SQLITE_PRAGMAS } from "@/lib/db/client";
import { sqliteFilePath } from "@/lib/db/sqlite-url";
import { db } from "@/test/db";
import { createConsortium, type Consortium } from "@/test/factories";
import { PDF } from "@/test/fixtures/files";
import { sessionMock, signInForTest } from "@/test/session-mock";

vi.hoisted(() => {
  // One person's 50 uploads at once: a burst the default upload rate (20 in 10 minutes) would refuse.
  process.env.UPLOAD_RATE_FILES = "1000";
});
vi.mock("@/lib/auth/session", () => sessionMock);

const { POST: uploadFile } = await import("@/app/api/uploads/route");
const { changeDeliverableStatusAction } = await import("@/lib/actions/deliverables");

let consortium: Consortium;
let PROJECT: string;
const COUNT = 50;
const KIND = "FILE_UPLOADED" as const;

beforeAll(async () => {
  consortium = await createConsortium();
  PROJECT = consortium.project.id;
  await db.deliverable.createMany({
    data: Array.from({ length: COUNT }, (_, index) => ({
      id: `concurrent-${index}`,
      projectId: PROJECT,
      workPackageId: consortium.project.workPackageId,
      number: `D99.${index + 1}`,
      title: `Concurrent deliverable ${index + 1}`,
      responsiblePartnerId: consortium.project.leadPartnerId,
      type: "R" as const,
      dueMonth: 12,
    })),
  });
  // The uploads are new versions of one document in each of the first five deliverables.
  await db.document.createMany({
    data: Array.from({ length: 5 }, (_, index) => ({
      id: `concurrent-document-${index}`,
      deliverableId: `concurrent-${index}`,
      title: "draft.pdf",
    })),
  });
  signInForTest(consortium.admin);
});

describe("SQLite settings", () => {
  it("runs every connection with WAL, full sync, foreign keys and a 5 s busy timeout", async () => {
    expect(SQLITE_PRAGMAS).toEqual(["journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON"]);
    const read = async (pragma: string) =>
      Object.values(((await db.$queryRawUnsafe(`PRAGMA ${pragma}`)) as object[])[0]!)[0];
    expect(await read("journal_mode")).toBe("wal");
    expect(Number(await read("synchronous"))).toBe(2); // FULL
    expect(Number(await read("foreign_keys"))).toBe(1);
    expect(Number(await read("busy_timeout"))).toBeGreaterThanOrEqual(5000);
  });
});

describe(`${COUNT} simultaneous status changes and uploads`, () => {
  it("all succeed, with no 'database is locked', while another connection writes too", async () => {
    const { admin } = consortium;
    const errors: unknown[] = [];
    const otherInstance = startOtherWriter(admin.id);
    await otherInstance.started;
    try {
      const statusChanges = Array.from({ length: COUNT }, (_, index) =>
        changeDeliverableStatusAction({
          projectId: PROJECT,
          deliverableId: `concurrent-${index}`,
          toStatus: "DRAFT",
          version: 1,
        }),
      );
      const uploads = Array.from({ length: COUNT }, (_, index) =>
        uploadFile(
          new Request(
            `http://localhost/api/uploads?deliverableId=concurrent-${index % 5}&documentId=concurrent-document-${index % 5}`,
            {
              method: "POST",
              headers: { "X-File-Name": `draft-${index}.pdf`, "Content-Length": String(PDF.length) },
              body: new Uint8Array(PDF),
            },
          ),
        ),
      );
      const settled = await Promise.allSettled([...statusChanges, ...uploads]);
      for (const outcome of settled) if (outcome.status === "rejected") errors.push(outcome.reason);

      const results = await Promise.all(statusChanges);
      expect(results.filter((result) => !result.ok)).toEqual([]);
      const responses = await Promise.all(uploads);
      const failedUploads = await Promise.all(
        responses.filter((response) => response.status !== 201).map((response) => response.text()),
      );
      expect(failedUploads).toEqual([]);
    } finally {
      otherInstance.stop();
    }
    expect(await otherInstance.finished).toMatchObject({ exitCode: 0, stderr: "" });
    expect(errors.map(String)).toEqual([]);

    // Nothing lost: every change is applied and recorded once, every file is a version of its own.
    expect(
      await db.deliverable.count({ where: { id: { startsWith: "concurrent-" }, status: "DRAFT", version: 2 } }),
    ).toBe(COUNT);
    expect(await db.deliverableStatusChange.count({ where: { deliverableId: { startsWith: "concurrent-" } } })).toBe(
      COUNT,
    );
    const files = await db.storedFile.findMany({
      where: { deliverableId: { startsWith: "concurrent-" } },
      select: { deliverableId: true, versionNumber: true },
    });
    expect(files).toHaveLength(COUNT);
    for (let index = 0; index < 5; index++) {
      const versions = files
        .filter((file) => file.deliverableId === `concurrent-${index}`)
        .map((file) => file.versionNumber);
      expect(versions.sort((a, b) => a - b)).toEqual(Array.from({ length: COUNT / 5 }, (_, version) => version + 1));
    }
    const otherWrites = await db.notification.count({ where: { href: { startsWith: "/other-instance/" } } });
    expect(otherWrites).toBe((await otherInstance.finished).writes);
    expect(otherWrites).toBeGreaterThan(0);
  });
});

/**
 * Another process writing to the same file the whole time, each write in its own transaction as another
 * app instance or the reminder job would: locks held by another process are the ones SQLite must wait for.
 */
function startOtherWriter(userId: string) {
  const script = `
    const Database = require("better-sqlite3");
    const db = new Database(process.argv[1], { timeout: 5000 });
    const insert = db.prepare("INSERT INTO Notification (id, userId, kind, params, href) VALUES (?, ?, ?, '{}', ?)");
    const write = db.transaction((index) => {
      db.prepare("SELECT count(*) FROM Notification").get();
      insert.run("other-" + index, process.argv[2], "${KIND}", "/other-instance/" + index);
    });
    let writes = 0, stopping = false;
    process.stdin.on("data", () => { stopping = true; });
    console.log("started");
    (function next() {
      if (stopping) { console.log("writes " + writes); process.exit(0); }
      write.immediate(writes++);
      setTimeout(next, 2);
    })();`;
  const child = spawn(process.execPath, ["-e", script, sqliteFilePath(process.env.DATABASE_URL!), userId], {
    stdio: "pipe",
  });
  let stdout = "";
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const started = new Promise<void>((resolve) =>
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
      if (stdout.includes("started")) resolve();
    }),
  );
  const finished = new Promise<{ exitCode: number | null; stderr: string; writes: number }>((resolve) =>
    child.on("exit", (exitCode) =>
      resolve({ exitCode, stderr, writes: Number(/writes (\d+)/.exec(stdout)?.[1] ?? -1) }),
    ),
  );
  return { started, finished, stop: () => child.stdin.write("stop\n") };
}
