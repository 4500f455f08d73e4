/**
 * The upload and download route handlers, called as the browser would call them: what is accepted, what
 * is refused (with a clear message and nothing stored), and who may do it.
 */
import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/test/db";
import {
  createConsortium,
  createDeliverable,
  createOutsidePartner,
  createPartnerReport,
  type Consortium,
} from "@/test/factories";
import { ELF, EXE, HTML, PDF, PNG, zipOf } from "@/test/fixtures/files";
import { sessionMock, signInForTest } from "@/test/session-mock";

vi.hoisted(() => {
  process.env.MAX_UPLOAD_BYTES = String(1024 * 1024);
  process.env.UPLOAD_RATE_FILES = "6";
  process.env.UPLOAD_RATE_BYTES = String(2 * 1024 * 1024);
  process.env.PROJECT_STORAGE_QUOTA_BYTES = String(50 * 1024 * 1024);
});
vi.mock("@/lib/auth/session", () => sessionMock);

const { POST } = await import("@/app/api/uploads/route");
const { GET } = await import("@/app/api/files/[fileId]/route");
const { changeReportStatusAction } = await import("@/lib/actions/partner-reports");

let consortium: Consortium;
let PROJECT: string;
/** Partner A's draft P1 report. */
let reportId: string;
/** D1.3, the lead partner's, pending; D1.2, partner A's. */
let pendingDeliverableId: string;
let partnerADeliverableId: string;

function upload(query: string, name: string, body: Buffer | null, headers: Record<string, string> = {}) {
  return POST(
    new Request(`http://localhost/api/uploads?${query}`, {
      method: "POST",
      headers: {
        "X-File-Name": encodeURIComponent(name),
        ...(body ? { "Content-Length": String(body.length) } : {}),
        ...headers,
      },
      body: new Uint8Array(body ?? []),
    }),
  );
}

async function storedFiles(): Promise<string[]> {
  const root = process.env.STORAGE_DIR!;
  const list = async (folder: string) =>
    (await readdir(path.join(root, folder)).catch(() => [])).map((name) => `${folder}/${name}`);
  return [...(await list("files")), ...(await list("staging"))];
}

async function expectNothingStored(response: Response, status: number, message: RegExp) {
  expect(response.status).toBe(status);
  expect(((await response.json()) as { error: string }).error).toMatch(message);
  expect(await db.storedFile.count()).toBe(0);
  expect(await storedFiles()).toEqual([]);
}

beforeEach(async () => {
  await db.storedFile.deleteMany();
  await rm(process.env.STORAGE_DIR!, { recursive: true, force: true });
  // New people each time: the upload rate limits count per person.
  consortium = await createConsortium();
  const { project, partnerA } = consortium;
  PROJECT = project.id;
  const [pending, partnerADeliverable, report] = await Promise.all([
    createDeliverable(consortium, { number: "D1.3", responsiblePartnerId: project.leadPartnerId }),
    createDeliverable(consortium, { number: "D1.2", responsiblePartnerId: project.partnerAId }),
    createPartnerReport(consortium, partnerA, project.partnerAId),
  ]);
  pendingDeliverableId = pending.id;
  partnerADeliverableId = partnerADeliverable.id;
  reportId = report.id;
  signInForTest(partnerA);
});

describe("accepted uploads", () => {
  it("stores a PDF as v1 and v2 of a document, with size and SHA-256, and downloads exactly the bytes uploaded", async () => {
    const first = await upload(`reportId=${reportId}`, "progress report.pdf", PDF);
    expect(first.status).toBe(201);
    const document = (await first.json()) as { documentId: string };
    expect(document).toMatchObject({ versionNumber: 1, title: "progress report.pdf" });
    const second = await upload(
      `reportId=${reportId}&documentId=${document.documentId}`,
      "progress report (final).pdf",
      Buffer.concat([PDF, Buffer.from("% v2\n")]),
    );
    expect(await second.json()).toMatchObject({
      versionNumber: 2,
      documentId: document.documentId,
      title: "progress report.pdf",
    });

    const v1 = await db.storedFile.findFirstOrThrow({ where: { partnerReportId: reportId, versionNumber: 1 } });
    expect(v1).toMatchObject({
      originalName: "progress report.pdf",
      mimeType: "application/pdf",
      sizeBytes: PDF.length,
    });
    expect(v1.sha256).toBe((await import("node:crypto")).createHash("sha256").update(PDF).digest("hex"));
    expect(v1.storageKey).toMatch(/^[a-f0-9]{48}$/);

    const download = await GET(new Request("http://localhost"), { params: Promise.resolve({ fileId: v1.id }) });
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(PDF)).toBe(true);
    expect(download.headers.get("content-disposition")).toBe(
      `attachment; filename="progress report.pdf"; filename*=UTF-8''progress%20report.pdf`,
    );
    expect(download.headers.get("x-content-type-options")).toBe("nosniff");
    expect(download.headers.get("content-type")).toBe("application/pdf");
  });

  it("accepts a PNG and a small ZIP, and makes a pending deliverable a draft on its first file", async () => {
    signInForTest(consortium.lead);
    expect((await upload(`deliverableId=${pendingDeliverableId}`, "photo.png", PNG)).status).toBe(201);
    expect(
      (
        await upload(
          `deliverableId=${pendingDeliverableId}`,
          "annexes.zip",
          zipOf([{ name: "a.txt", content: Buffer.from("annex") }]),
        )
      ).status,
    ).toBe(201);
    expect((await db.deliverable.findUniqueOrThrow({ where: { id: pendingDeliverableId } })).status).toBe("DRAFT");
    // The move is marked as the first upload's, for the page to say so in its reader's language.
    expect(await db.deliverableStatusChange.findMany({ where: { deliverableId: pendingDeliverableId } })).toMatchObject(
      [{ fromStatus: "PENDING", toStatus: "DRAFT", byFirstUpload: true, comment: null }],
    );
  });

  it("tells the project's lead about a partner's upload, and not the uploader", async () => {
    const { partnerA: partner, lead } = consortium;
    await db.notification.deleteMany();
    signInForTest(partner);
    expect((await upload(`deliverableId=${partnerADeliverableId}`, "map.pdf", PDF)).status).toBe(201);
    const leadNotes = await db.notification.findMany({ where: { userId: lead.id } });
    expect(leadNotes).toHaveLength(1);
    expect(leadNotes[0]).toMatchObject({
      kind: "FILE_UPLOADED",
      href: `/projects/${PROJECT}/deliverables/${partnerADeliverableId}`,
    });
    expect(JSON.parse(leadNotes[0]!.params)).toMatchObject({ number: "D1.2", file: "map.pdf", version: 1 });
    expect(await db.notification.count({ where: { userId: partner.id } })).toBe(0);
  });
});

describe("refused uploads, with a clear message and nothing stored", () => {
  it("a file over the size limit, stopped while streaming", async () => {
    const big = Buffer.concat([PDF, Buffer.alloc(1024 * 1024)]);
    // Without a Content-Length the limit is enforced on the stream itself.
    const response = await POST(
      new Request(`http://localhost/api/uploads?reportId=${reportId}`, {
        method: "POST",
        headers: { "X-File-Name": "big.pdf" },
        body: new ReadableStream({
          start(controller) {
            for (let offset = 0; offset < big.length; offset += 64 * 1024)
              controller.enqueue(big.subarray(offset, offset + 64 * 1024));
            controller.close();
          },
        }),
        duplex: "half",
      } as RequestInit),
    );
    await expectNothingStored(response, 413, /larger than the limit of 1 MB/);
  });

  it("a declared size over the limit, refused before reading", async () => {
    await expectNothingStored(
      await upload(`reportId=${reportId}`, "big.pdf", Buffer.alloc(1024 * 1024 + 1)),
      413,
      /larger than the limit/,
    );
  });

  it("an HTML page renamed .pdf", async () => {
    await expectNothingStored(
      await upload(`reportId=${reportId}`, "report.pdf", HTML),
      415,
      /only PDF, DOCX, XLSX, ODT, ODS, PNG, JPEG or ZIP files are accepted/,
    );
  });

  it("executables renamed .pdf", async () => {
    await expectNothingStored(
      await upload(`reportId=${reportId}`, "report.pdf", ELF),
      415,
      /content is of type application\/x-elf/,
    );
    await expectNothingStored(
      await upload(`reportId=${reportId}`, "report.pdf", EXE),
      415,
      /content is of type application\/x-msdownload/,
    );
  });

  it("a PNG named .pdf", async () => {
    await expectNothingStored(
      await upload(`reportId=${reportId}`, "report.pdf", PNG),
      415,
      /name ends in \.pdf, but the content is a PNG image/,
    );
  });

  it("an empty file", async () => {
    await expectNothingStored(
      await upload(`reportId=${reportId}`, "report.pdf", Buffer.alloc(0)),
      415,
      /The file is empty/,
    );
  });

  it("names with path separators", async () => {
    await expectNothingStored(
      await upload(`reportId=${reportId}`, "../../etc/passwd.pdf", PDF),
      400,
      /must not contain “\/” or “\\”/,
    );
    await expectNothingStored(await upload(`reportId=${reportId}`, "..\\report.pdf", PDF), 400, /path separators/);
  });

  it("an archive with too many entries", async () => {
    const entries = Array.from({ length: 2001 }, (_, index) => ({ name: `f${index}.txt`, content: Buffer.from("x") }));
    await expectNothingStored(
      await upload(`reportId=${reportId}`, "many.zip", zipOf(entries)),
      415,
      /holds 2001 files; at most 2000/,
    );
  });
});

describe("who may upload and download", () => {
  it("without a session: 401", async () => {
    signInForTest(null);
    await expectNothingStored(await upload(`reportId=${reportId}`, "report.pdf", PDF), 401, /Sign in again/);
  });

  it("a partner of another organisation: 404 for the report, its upload and its files", async () => {
    expect((await upload(`reportId=${reportId}`, "report.pdf", PDF)).status).toBe(201);
    const file = await db.storedFile.findFirstOrThrow();
    signInForTest((await createOutsidePartner(consortium.admin)).user);
    expect((await upload(`reportId=${reportId}`, "report.pdf", PDF)).status).toBe(404);
    expect((await GET(new Request("http://localhost"), { params: Promise.resolve({ fileId: file.id }) })).status).toBe(
      404,
    );
    expect(await db.storedFile.count()).toBe(1);
  });

  it("a viewer of the project cannot read partner A's report files, the lead and coordinators can", async () => {
    expect((await upload(`reportId=${reportId}`, "report.pdf", PDF)).status).toBe(201);
    const file = await db.storedFile.findFirstOrThrow();
    const users = [consortium.viewer, consortium.lead, consortium.coordinator];
    const statuses = [];
    for (const user of users) {
      signInForTest(user);
      statuses.push(
        (await GET(new Request("http://localhost"), { params: Promise.resolve({ fileId: file.id }) })).status,
      );
    }
    expect(statuses).toEqual([404, 200, 200]);
  });

  it("the lead cannot upload into a partner's report", async () => {
    signInForTest(consortium.lead);
    await expectNothingStored(await upload(`reportId=${reportId}`, "report.pdf", PDF), 403, /partner's own people/);
  });

  it("the submitted version is frozen: no upload until the report is returned", async () => {
    expect((await upload(`reportId=${reportId}`, "report.pdf", PDF)).status).toBe(201);
    expect(await changeReportStatusAction({ projectId: PROJECT, reportId, toStatus: "SUBMITTED" })).toMatchObject({
      ok: true,
    });
    expect((await db.storedFile.findFirstOrThrow()).isFrozen).toBe(true);
    const refused = await upload(`reportId=${reportId}`, "report.pdf", PDF);
    expect(refused.status).toBe(409);
    expect(await db.storedFile.count()).toBe(1);
  });
});

describe("documents", () => {
  const documentsOf = (partnerReportId: string) =>
    db.document.findMany({
      where: { partnerReportId },
      orderBy: { createdAt: "asc" },
      select: {
        title: true,
        type: true,
        versions: { orderBy: { versionNumber: "asc" }, select: { versionNumber: true, isFrozen: true } },
      },
    });

  it("adds another file as a document of its own, with its type, instead of a new version of the first", async () => {
    const activity = await upload(`reportId=${reportId}&documentType=ACTIVITY_REPORT`, "p2-activity-report.pdf", PDF);
    expect(activity.status).toBe(201);
    const statement = await upload(`reportId=${reportId}`, "p2-financial-statement.pdf", PDF);
    expect(await statement.json()).toMatchObject({ versionNumber: 1, title: "p2-financial-statement.pdf" });
    const { documentId } = (await activity.json()) as { documentId: string };
    expect((await upload(`reportId=${reportId}&documentId=${documentId}`, "activity v2.pdf", PDF)).status).toBe(201);

    expect(await documentsOf(reportId)).toEqual([
      {
        title: "p2-activity-report.pdf",
        type: "ACTIVITY_REPORT",
        versions: [
          { versionNumber: 1, isFrozen: false },
          { versionNumber: 2, isFrozen: false },
        ],
      },
      { title: "p2-financial-statement.pdf", type: "OTHER", versions: [{ versionNumber: 1, isFrozen: false }] },
    ]);
  });

  it("freezes the latest version of each document at submission", async () => {
    const first = (await (await upload(`reportId=${reportId}`, "activity.pdf", PDF)).json()) as { documentId: string };
    await upload(`reportId=${reportId}&documentId=${first.documentId}`, "activity.pdf", PDF);
    await upload(`reportId=${reportId}&documentType=TIMESHEETS`, "timesheets.pdf", PDF);
    expect(await changeReportStatusAction({ projectId: PROJECT, reportId, toStatus: "SUBMITTED" })).toMatchObject({
      ok: true,
    });
    expect((await documentsOf(reportId)).map((document) => document.versions)).toEqual([
      [
        { versionNumber: 1, isFrozen: false },
        { versionNumber: 2, isFrozen: true },
      ],
      [{ versionNumber: 1, isFrozen: true }],
    ]);
  });

  it("refuses a new version of another report's document, and an unknown document type, storing nothing", async () => {
    const other = await createPartnerReport(consortium, consortium.partnerA, consortium.project.partnerAId, {
      periodId: consortium.project.periodIds[1],
    });
    const elsewhere = (await (await upload(`reportId=${other.id}`, "other.pdf", PDF)).json()) as {
      documentId: string;
    };
    const before = await db.storedFile.count();
    const foreign = await upload(`reportId=${reportId}&documentId=${elsewhere.documentId}`, "mine.pdf", PDF);
    expect(foreign.status).toBe(404);
    expect(((await foreign.json()) as { error: string }).error).toMatch(/document/);
    const unknown = await upload(`reportId=${reportId}&documentType=INVOICES`, "mine.pdf", PDF);
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { error: string }).error).toMatch(/document type/);
    expect(await db.storedFile.count()).toBe(before);
    expect(await documentsOf(reportId)).toEqual([]);
  });
});

describe("limits on how much is uploaded", () => {
  /** A PDF of about `size` bytes. */
  const pdfOf = (size: number) => Buffer.concat([PDF, Buffer.alloc(size - PDF.length, 0x20)]);

  it("refuses a person's uploads past the rate limit, before the body is stored, and tells nobody", async () => {
    for (let index = 0; index < 6; index++)
      expect((await upload(`reportId=${reportId}`, `report-${index}.pdf`, PDF)).status).toBe(201);
    const refused = await upload(`reportId=${reportId}`, "one-too-many.pdf", PDF);
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as { error: string }).error).toMatch(/uploaded 6 files .* in the last 10 minutes/);
    expect(await db.storedFile.count()).toBe(6);
    expect((await storedFiles()).filter((file) => file.startsWith("staging/"))).toEqual([]);
    // Others are not held back by it.
    signInForTest(consortium.lead);
    expect((await upload(`deliverableId=${partnerADeliverableId}`, "deliverable.pdf", PDF)).status).toBe(201);
  });

  it("refuses uploads past the rate limit in bytes, judged by the declared size before reading", async () => {
    expect((await upload(`reportId=${reportId}`, "big-1.pdf", pdfOf(900 * 1024))).status).toBe(201);
    expect((await upload(`reportId=${reportId}`, "big-2.pdf", pdfOf(900 * 1024))).status).toBe(201);
    const refused = await upload(`reportId=${reportId}`, "big-3.pdf", pdfOf(900 * 1024));
    expect(refused.status).toBe(429);
    expect(await db.storedFile.count()).toBe(2);
  });

  it("refuses an upload that would take the project over its storage quota", async () => {
    const { lead } = consortium;
    // Earlier files of the project, by someone else, that fill the quota but for a few bytes.
    await db.storedFile.create({
      data: {
        storageKey: "f".repeat(48),
        originalName: "earlier.pdf",
        mimeType: "application/pdf",
        sizeBytes: 50 * 1024 * 1024 - 10,
        sha256: "0".repeat(64),
        versionNumber: 1,
        documentId: (await db.document.create({ data: { title: "earlier.pdf", deliverableId: pendingDeliverableId } }))
          .id,
        uploadedById: lead.id,
        deliverableId: pendingDeliverableId,
        createdAt: new Date(Date.now() - 60 * 60 * 1000),
      },
    });
    const refused = await upload(`reportId=${reportId}`, "report.pdf", PDF);
    expect(refused.status).toBe(413);
    expect(((await refused.json()) as { error: string }).error).toMatch(/storage quota of 50 MB/);
    expect(await db.storedFile.count({ where: { partnerReportId: reportId } })).toBe(0);
    expect(await storedFiles()).toEqual([]);
  });

  it("refuses an upload posted by a page of another site", async () => {
    const refused = await upload(`reportId=${reportId}`, "report.pdf", PDF, { Origin: "https://evil.example" });
    expect(refused.status).toBe(403);
    expect(await db.storedFile.count()).toBe(0);
    expect(
      (await upload(`reportId=${reportId}`, "report.pdf", PDF, { Origin: "http://localhost", Host: "localhost" }))
        .status,
    ).toBe(201);
  });

  it("never adds a file to a report submitted while the upload was under way", async () => {
    // Each late upload is a document of its own: any that landed before the submission was frozen with it.
    expect((await upload(`reportId=${reportId}`, "report.pdf", PDF)).status).toBe(201);
    // Uploads and the submission race; whatever the order, the frozen file is the report's last one.
    const results = await Promise.all([
      ...Array.from({ length: 4 }, (_, index) => upload(`reportId=${reportId}`, `late-${index}.pdf`, PDF)),
      changeReportStatusAction({ projectId: PROJECT, reportId, toStatus: "SUBMITTED" }),
    ]);
    expect(results.at(-1)).toMatchObject({ ok: true });
    const files = await db.storedFile.findMany({ where: { partnerReportId: reportId } });
    expect(files.length).toBeGreaterThanOrEqual(1);
    expect(files.filter((file) => !file.isFrozen)).toEqual([]);
  });
});
