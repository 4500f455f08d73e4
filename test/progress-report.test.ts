/**
 * The periodic progress report read back as a reader's software would: the DOCX's document XML and the PDF's text
 * hold the project, every partner and the deliverables due in or before the period (and not those due later), in the
 * reader's language; and only the lead, coordinators and administrators get one.
 */
import { PDFParse } from "pdf-parse";
import yauzl from "yauzl";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/access/permissions";
import { db } from "@/test/db";
import {
  createBudgetLine,
  createConsortium,
  createDeliverable,
  createExpenditureItem,
  createOutsidePartner,
  createPartnerReport,
  createPayment,
  type Consortium,
} from "@/test/factories";
import { sessionMock, signInForTest } from "@/test/session-mock";

vi.mock("@/lib/auth/session", () => sessionMock);
let language = "en";
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => ({ value: language }), set: () => undefined, delete: () => undefined }),
  headers: async () => new Headers({ host: "localhost:3000" }),
}));

const route = await import("@/app/(app)/projects/[projectId]/progress-report/[periodId]/route");

let consortium: Consortium;
let outsider: SessionUser;

async function download(user: SessionUser, format: string) {
  signInForTest(user);
  const { project } = consortium;
  const periodId = project.periodIds[0];
  return route.GET(
    new Request(`http://localhost/projects/${project.id}/progress-report/${periodId}?format=${format}`),
    { params: Promise.resolve({ projectId: project.id, periodId }) },
  );
}

/** One file of a ZIP archive (a DOCX is one) as text. */
function entryText(archive: Buffer, name: string): Promise<string> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(archive, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      zip.on("entry", (entry: yauzl.Entry) => {
        if (entry.fileName !== name) return zip.readEntry();
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on("data", (chunk: Buffer) => chunks.push(chunk));
          stream.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
        });
      });
      zip.on("end", () => reject(new Error(`${name} not in the archive`)));
      zip.readEntry();
    });
  });
}

/** The text of a DOCX's body, its runs joined. */
const docxText = (xml: string) =>
  xml
    .replace(/<\/w:p>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&amp;/g, "&");

beforeAll(async () => {
  consortium = await createConsortium();
  outsider = (await createOutsidePartner(consortium.admin)).user;
  const { project, partnerA } = consortium;
  const [first] = project.periodIds;
  await db.project.update({ where: { id: project.id }, data: { grantAgreementNumber: "GA-101-ŞŢ" } });
  await createDeliverable(consortium, { number: "D1.1", responsiblePartnerId: project.partnerAId, dueMonth: 2 });
  await createDeliverable(consortium, { number: "D1.9", responsiblePartnerId: project.partnerBId, dueMonth: 20 });
  await createBudgetLine(consortium, { partnerId: project.partnerAId, periodId: first, amount: "10000.00" });
  const report = await createPartnerReport(consortium, partnerA, project.partnerAId, { submitted: true });
  await db.partnerReport.update({ where: { id: report.id }, data: { summary: "Ședința de lansare la Cluj." } });
  await createExpenditureItem(report.id, { amount: "2500.00" });
  await createPayment(consortium, { plannedDate: "2026-02-15", amount: "40000.00", received: true });
});

describe("the periodic progress report", () => {
  it("as DOCX holds the project, every partner and the period's deliverables in Word headings and tables", async () => {
    const response = await download(consortium.lead, "docx");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Disposition")).toMatch(/-P1-progress-report\.docx"$/);
    const xml = await entryText(Buffer.from(await response.arrayBuffer()), "word/document.xml");
    expect(xml).toContain('w:val="Heading1"');
    expect(xml).toContain("<w:tblHeader/>");
    const text = docxText(xml);
    const { project } = consortium;
    expect(text).toContain(project.acronym);
    expect(text).toContain("GA-101-ŞŢ");
    for (const organisation of Object.values(consortium.organisations)) expect(text).toContain(organisation.name);
    expect(text).toContain("D1.1");
    expect(text).not.toContain("D1.9");
    expect(text).toContain("Ședința de lansare la Cluj.");
    expect(text).toContain("€10,000.00");
    expect(text).toContain("€2,500.00");
    expect(text).toContain("€40,000.00");
  });

  it("as PDF holds the same, with page numbers, and in Romanian for a Romanian reader", async () => {
    language = "ro";
    try {
      const response = await download(consortium.coordinator, "pdf");
      expect(response.status).toBe(200);
      expect(response.headers.get("Content-Type")).toBe("application/pdf");
      const parser = new PDFParse({ data: new Uint8Array(await response.arrayBuffer()) });
      const { text } = await parser.getText();
      await parser.destroy();
      expect(text).toContain(consortium.project.acronym);
      for (const organisation of Object.values(consortium.organisations)) expect(text).toContain(organisation.name);
      expect(text).toContain("D1.1");
      expect(text).not.toContain("D1.9");
      expect(text).toContain("Ședința de lansare la Cluj.");
      expect(text).toContain("raport de progres periodic");
      expect(text).toMatch(/Pagina 1 din \d+/);
    } finally {
      language = "en";
    }
  });

  it("is refused to partners and viewers (403) and to those who cannot see the project (404)", async () => {
    expect((await download(consortium.partnerA, "pdf")).status).toBe(403);
    expect((await download(consortium.viewer, "docx")).status).toBe(403);
    expect((await download(outsider, "pdf")).status).toBe(404);
    expect((await download(consortium.admin, "odt")).status).toBe(400);
  });
});
