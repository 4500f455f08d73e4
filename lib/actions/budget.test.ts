import { beforeEach, describe, expect, it, vi } from "vitest";
import { db, demoUser, seedDemo } from "@/test/db";
import { snapshotDatabase } from "@/test/db-snapshot";
import { sessionMock, signInForTest } from "@/test/session-mock";
import { saveBudgetLineAction } from "./budget";
import { deletePaymentAction, savePaymentAction } from "./payments";

vi.mock("@/lib/auth/session", () => sessionMock);

const DANUBE = "demo-proj-danube-ict";
const LINE = `${DANUBE}-pp2-p1-staff`;

beforeEach(seedDemo);

describe("editing budget lines", () => {
  it("the lead changes a line; the partner's share follows; a stale version is a conflict", async () => {
    signInForTest(await demoUser("lead@demo.test"));
    const line = await db.budgetLine.findUniqueOrThrow({ where: { id: LINE } });
    const input = {
      projectId: DANUBE,
      partnerId: line.partnerId,
      periodId: line.periodId,
      category: line.category,
      amount: "2500.10",
      version: line.version,
    };
    expect(await saveBudgetLineAction(input)).toMatchObject({ ok: true });
    const partner = await db.projectPartner.findUniqueOrThrow({ where: { id: line.partnerId } });
    const lines = await db.budgetLine.aggregate({ where: { partnerId: line.partnerId }, _sum: { amount: true } });
    expect(partner.budgetAmount.equals(lines._sum.amount!)).toBe(true);
    expect(await saveBudgetLineAction({ ...input, amount: "1" })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect((await db.budgetLine.findUniqueOrThrow({ where: { id: LINE } })).amount.toFixed(2)).toBe("2500.10");
  });
  it("refuses a second line for the same partner, period and category, and a float-like amount", async () => {
    signInForTest(await demoUser("coordinator@demo.test"));
    const line = await db.budgetLine.findUniqueOrThrow({ where: { id: LINE } });
    const input = {
      projectId: DANUBE,
      partnerId: line.partnerId,
      periodId: line.periodId,
      category: line.category,
      amount: "1",
    };
    expect(await saveBudgetLineAction(input)).toMatchObject({
      ok: false,
      fieldErrors: { category: [expect.stringContaining("edit that line instead")] },
    });
    expect(await saveBudgetLineAction({ ...input, category: "EQUIPMENT", amount: "12.345" })).toMatchObject({
      ok: false,
      code: "VALIDATION",
    });
  });

  it("partners and viewers cannot change the budget or payments, and nothing changes", async () => {
    const line = await db.budgetLine.findUniqueOrThrow({ where: { id: LINE } });
    for (const email of ["partner@demo.test", "viewer@demo.test", "partner2@demo.test"]) {
      signInForTest(await demoUser(email));
      const before = await snapshotDatabase();
      const results = [
        await saveBudgetLineAction({
          projectId: DANUBE,
          partnerId: line.partnerId,
          periodId: line.periodId,
          category: line.category,
          amount: "1",
          version: line.version,
        }),
        await savePaymentAction({ projectId: DANUBE, kind: "INTERIM", plannedDate: "2017-01-01", plannedAmount: "5" }),
        await deletePaymentAction({ projectId: DANUBE, id: `${DANUBE}-pay4` }),
      ];
      for (const result of results) expect(["FORBIDDEN", "NOT_FOUND"]).toContain((result as { code?: string }).code);
      expect(await snapshotDatabase()).toEqual(before);
    }
  });
});
