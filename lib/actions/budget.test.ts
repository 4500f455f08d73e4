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

/** The test's budget line as its edit form sends it, with `amount`. */
async function lineInput(amount: string) {
  const line = await db.budgetLine.findUniqueOrThrow({ where: { id: LINE } });
  return {
    projectId: PROJECT,
    partnerId: line.partnerId,
    periodId: line.periodId,
    category: line.category,
    amount,
    version: line.version,
  };
}

describe("editing budget lines", () => {
  it("the lead changes a line; the partner's share follows; a stale version is a conflict", async () => {
    signInForTest(consortium.lead);
    const input = await lineInput("2500.10");
    expect(await saveBudgetLineAction(input)).toMatchObject({ ok: true });
    const partner = await db.projectPartner.findUniqueOrThrow({ where: { id: input.partnerId } });
    const lines = await db.budgetLine.aggregate({ where: { partnerId: input.partnerId }, _sum: { amount: true } });
    expect(partner.budgetAmount.equals(lines._sum.amount!)).toBe(true);
    expect(await saveBudgetLineAction({ ...input, amount: "1" })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect((await db.budgetLine.findUniqueOrThrow({ where: { id: LINE } })).amount.toFixed(2)).toBe("2500.10");
  });
  it("refuses a second line for the same partner, period and category, and a float-like amount", async () => {
    signInForTest(consortium.coordinator);
    // A new line (no version) where one exists.
    const { version: _existing, ...input } = await lineInput("1");
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
    const input = await lineInput("1");
    const payment = await createPayment(consortium, { plannedDate: "2027-06-30", amount: "2000" });
    const { user: outsider } = await createOutsidePartner(consortium.admin);
    for (const user of [consortium.partnerA, consortium.viewer, outsider]) {
      signInForTest(user);
      const before = await snapshotDatabase();
      const results = [
        await saveBudgetLineAction(input),
        await savePaymentAction({ projectId: PROJECT, kind: "INTERIM", plannedDate: "2017-01-01", plannedAmount: "5" }),
        await deletePaymentAction({ projectId: PROJECT, id: payment.id }),
      ];
      for (const result of results) expect(["FORBIDDEN", "NOT_FOUND"]).toContain((result as { code?: string }).code);
      expect(await snapshotDatabase()).toEqual(before);
    }
  });
});
