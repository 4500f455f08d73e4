/**
 * The CSV export route handlers, called directly: no session is 401 (worded as for every route handler), no
 * access is 404, and partners get only their own share.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { demoUser, seedDemo } from "@/test/db";
import { sessionMock, signInForTest } from "@/test/session-mock";

vi.mock("@/lib/auth/session", () => sessionMock);

const { GET: exportProject } = await import("@/app/(app)/projects/[projectId]/export/route");
const { GET: exportHistory } = await import("@/app/(app)/projects/[projectId]/history/export/route");
const { GET: download } = await import("@/app/api/files/[fileId]/route");
const { POST: upload } = await import("@/app/api/uploads/route");

const DANUBE = "demo-proj-danube-ict";
const params = { params: Promise.resolve({ projectId: DANUBE }) };
const project = (data: string) =>
  exportProject(new Request(`http://localhost/projects/${DANUBE}/export?data=${data}`), params);
const history = () => exportHistory(new Request(`http://localhost/projects/${DANUBE}/history/export`), params);

beforeAll(seedDemo);

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
    signInForTest(await demoUser("partner2@demo.test"));
    for (const response of [
      await project("budget"),
      await project("payments"),
      await project("timeline"),
      await history(),
    ]) {
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain("DANUBE");
    }
  });

  it("give a partner its own budget lines, and no payments", async () => {
    signInForTest(await demoUser("partner@demo.test"));
    const budget = await (await project("budget")).text();
    expect(budget.split("\r\n")[0]).toBe("partner_number,partner,period,cost_category,amount,currency");
    expect(budget).toContain("Sofia Digital Cluster");
    expect(budget).not.toContain("Cluj IT Cluster");
    expect((await project("payments")).status).toBe(404);
  });

  it("give the coordinator every line and payment, as attachments", async () => {
    signInForTest(await demoUser("coordinator@demo.test"));
    const payments = await project("payments");
    expect(payments.headers.get("content-disposition")).toBe('attachment; filename="DANUBE-ICT-payments.csv"');
    expect((await payments.text()).trim().split("\r\n")).toHaveLength(5);
    expect((await project("budget")).status).toBe(200);
    expect((await project("nonsense")).status).toBe(400);
  });
});
