import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/test/db";
import { snapshotDatabase } from "@/test/db-snapshot";
import {
  createBudgetLine,
  createConsortium,
  createOutsidePartner,
  createPayment,
  type Consortium,
} from "@/test/factories";
import { sessionMock, signInForTest } from "@/test/session-mock";
import { saveBudgetLineAction } from "./budget";
import { deletePaymentAction, savePaymentAction } from "./payments";

vi.mock("@/lib/auth/session", () => sessionMock);

let consortium: Consortium;
let PROJECT: string;
let LINE: string;

beforeEach(async () => {
  consortium = await createConsortium();
  PROJECT = consortium.project.id;
  ({ id: LINE } = await createBudgetLine(consortium, {
    partnerId: consortium.project.partnerAId,
    periodId: consortium.project.periodIds[0],
    amount: "2000",
  }));
});

describe("editing budget lines", () => {
  it("the lead changes a line; the partner's share follows; a stale version is a conflict", async () => {
    signInForTest(consortium.lead);
    const line = await db.budgetLine.findUniqueOrThrow({ where: { id: LINE } });
    const input = {
      projectId: PROJECT,
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
    signInForTest(consortium.coordinator);
    const line = await db.budgetLine.findUniqueOrThrow({ where: { id: LINE } });
    const input = {
      projectId: PROJECT,
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
    const payment = await createPayment(consortium, { plannedDate: "2027-06-30", amount: "2000" });
    const { user: outsider } = await createOutsidePartner(consortium.admin);
    for (const user of [consortium.partnerA, consortium.viewer, outsider]) {
      signInForTest(user);
      const before = await snapshotDatabase();
      const results = [
        await saveBudgetLineAction({
          projectId: PROJECT,
          partnerId: line.partnerId,
          periodId: line.periodId,
          category: line.category,
          amount: "1",
          version: line.version,
        }),
        await savePaymentAction({ projectId: PROJECT, kind: "INTERIM", plannedDate: "2017-01-01", plannedAmount: "5" }),
        await deletePaymentAction({ projectId: PROJECT, id: payment.id }),
      ];
      for (const result of results) expect(["FORBIDDEN", "NOT_FOUND"]).toContain((result as { code?: string }).code);
      expect(await snapshotDatabase()).toEqual(before);
    }
  });
});
