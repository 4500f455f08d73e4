/**
 * The Gantt chart's PDF shows what the page shows: the same filters and window, read back from its text; and only to
 * those who may see the project.
 */
import { PDFParse } from "pdf-parse";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/access/permissions";
import { createConsortium, createDeliverable, createOutsidePartner, type Consortium } from "@/test/factories";
import { sessionMock, signInForTest } from "@/test/session-mock";

vi.mock("@/lib/auth/session", () => sessionMock);
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined }),
  headers: async () => new Headers({ host: "localhost:3000" }),
}));

const route = await import("@/app/(app)/projects/[projectId]/timeline/pdf/route");

let consortium: Consortium;
let outsider: SessionUser;

async function pdfText(user: SessionUser, query: string) {
  signInForTest(user);
  const projectId = consortium.project.id;
  const response = await route.GET(new Request(`http://localhost/projects/${projectId}/timeline/pdf?${query}`), {
    params: Promise.resolve({ projectId }),
  });
  if (!response.ok) return { status: response.status, text: "" };
  expect(response.headers.get("Content-Type")).toBe("application/pdf");
  const parser = new PDFParse({ data: new Uint8Array(await response.arrayBuffer()) });
  const { text } = await parser.getText();
  await parser.destroy();
  return { status: response.status, text };
}

beforeAll(async () => {
  consortium = await createConsortium({ startDate: "2026-01-01" });
  outsider = (await createOutsidePartner(consortium.admin)).user;
  const { project } = consortium;
  await createDeliverable(consortium, { number: "D1.1", responsiblePartnerId: project.partnerAId, dueMonth: 2 });
  await createDeliverable(consortium, { number: "D1.2", responsiblePartnerId: project.partnerBId, dueMonth: 3 });
});

describe("the timeline as PDF", () => {
  it("holds the chart's rows with the page's filters, its legend and page numbers", async () => {
    const all = await pdfText(consortium.viewer, "zoom=all");
    expect(all.text).toContain(`Gantt chart of ${consortium.project.acronym}`);
    expect(all.text).toContain("D1.1");
    expect(all.text).toContain("D1.2");
    expect(all.text).toContain("WP1");
    expect(all.text).toContain("the dashed red line is today");
    expect(all.text).toMatch(/Page 1 of \d+/);

    const own = await pdfText(consortium.viewer, `zoom=all&partner=${consortium.project.partnerAId}`);
    expect(own.text).toContain("D1.1");
    expect(own.text).not.toContain("D1.2");
  });

  it("is not there for someone who cannot see the project", async () => {
    expect((await pdfText(outsider, "")).status).toBe(404);
  });
});
