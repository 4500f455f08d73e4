/**
 * The CSV export route handlers, called directly: no session is 401 (worded as for every route handler), no
 * access is 404, and partners get only their own share.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import {
  createBudgetLine,
  createConsortium,
  createOutsidePartner,
  createPayment,
  type Consortium,
} from "@/test/factories";
import { sessionMock, signInForTest } from "@/test/session-mock";

vi.mock("@/lib/auth/session", () => sessionMock);

const { GET: exportProject } = await import("@/app/(app)/projects/[projectId]/export/route");
const { GET: exportHistory } = await import("@/app/(app)/projects/[projectId]/history/export/route");
const { GET: download } = await import("@/app/api/files/[fileId]/route");
const { POST: upload } = await import("@/app/api/uploads/route");

let consortium: Consortium;
const params = () => ({ params: Promise.resolve({ projectId: consortium.project.id }) });
const project = (data: string) =>
  exportProject(new Request(`http://localhost/projects/${consortium.project.id}/export?data=${data}`), params());
const history = () =>
  exportHistory(new Request(`http://localhost/projects/${consortium.project.id}/history/export`), params());

beforeAll(async () => {
  consortium = await createConsortium();
  const { project } = consortium;
  for (const partnerId of [project.leadPartnerId, project.partnerAId]) {
    await createBudgetLine(consortium, { partnerId, periodId: project.periodIds[0], amount: "1000" });
  }
  for (const [index, plannedDate] of ["2026-03-31", "2026-12-31", "2027-06-30", "2028-03-31"].entries()) {
    await createPayment(consortium, { plannedDate, amount: "2000", received: index === 0 });
  }
});

describe("CSV exports", () => {
  it("ask for a session first, in the same words as downloads and uploads", async () => {
    signInForTest(null);
    const responses = [
      await project("budget"),
      await history(),
      await download(new Request("http://localhost/api/files/x"), { params: Promise.resolve({ fileId: "x" }) }),
      await upload(new Request("http://localhost/api/uploads?reportId=x", { method: "POST", body: "x" })),
    ];
    for (const response of responses) {
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ error: "Your session has ended. Sign in again." });
    }
  });

  it("answer 404 to a partner of another organisation, with no data", async () => {
    signInForTest((await createOutsidePartner(consortium.admin)).user);
    for (const response of [
      await project("budget"),
      await project("payments"),
      await project("timeline"),
      await history(),
    ]) {
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain(consortium.project.acronym);
    }
  });

  it("give a partner its own budget lines, and no payments", async () => {
    signInForTest(consortium.partnerA);
    const budget = await (await project("budget")).text();
    expect(budget.split("\r\n")[0]).toBe("partner_number,partner,period,cost_category,amount,currency");
    expect(budget).toContain(consortium.organisations.partnerA.name);
    expect(budget).not.toContain(consortium.organisations.lead.name);
    expect((await project("payments")).status).toBe(404);
  });

  it("give the coordinator every line and payment, as attachments", async () => {
    signInForTest(consortium.coordinator);
    const payments = await project("payments");
    expect(payments.headers.get("content-disposition")).toBe(
      `attachment; filename="${consortium.project.acronym}-payments.csv"`,
    );
    expect((await payments.text()).trim().split("\r\n")).toHaveLength(5);
    expect((await project("budget")).status).toBe(200);
    expect((await project("nonsense")).status).toBe(400);
  });
});
