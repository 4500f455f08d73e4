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
/** The language the request's cookie names; English unless a test says otherwise. */
let cookieLocale: string | undefined;
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (name === "NEXT_LOCALE" && cookieLocale ? { value: cookieLocale } : undefined),
  }),
  headers: async () => new Headers({ host: "localhost:3000" }),
}));

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

describe("amounts in the reader's decimal convention", () => {
  const savedAmount = async () => (await db.budgetLine.findUniqueOrThrow({ where: { id: LINE } })).amount.toFixed(2);

  it("reads 2.500,75 and 2500,75 as two thousand five hundred and 75 cents on a Romanian page", async () => {
    signInForTest(consortium.lead);
    cookieLocale = "ro";
    try {
      expect(await saveBudgetLineAction(await lineInput("2.500,75"))).toMatchObject({ ok: true });
      expect(await savedAmount()).toBe("2500.75");
      expect(await saveBudgetLineAction(await lineInput("2500,5"))).toMatchObject({ ok: true });
      expect(await savedAmount()).toBe("2500.50");
      // A decimal point is still read as one: two decimals cannot be a group of thousands.
      expect(await saveBudgetLineAction(await lineInput("2600.25"))).toMatchObject({ ok: true });
      expect(await savedAmount()).toBe("2600.25");
      // "1,234" on a Romanian page would be 1.234: three decimals are refused, not read as 1234.
      const refused = await saveBudgetLineAction(await lineInput("1,234"));
      expect(refused).toMatchObject({ ok: false, fieldErrors: { amount: [expect.stringContaining("12500,50")] } });
      expect(await savedAmount()).toBe("2600.25");
    } finally {
      cookieLocale = undefined;
    }
  });

  it("reads 1,234 as one thousand two hundred and thirty-four on an English page", async () => {
    signInForTest(consortium.lead);
    expect(await saveBudgetLineAction(await lineInput("1,234"))).toMatchObject({ ok: true });
    expect(await savedAmount()).toBe("1234.00");
  });
});

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
