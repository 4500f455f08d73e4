import { beforeEach, describe, expect, it, vi } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { db, demoUser, seedDemo } from "@/test/db";
import { snapshotDatabase } from "@/test/db-snapshot";
import { sessionMock, signInForTest } from "@/test/session-mock";
import { getProjectBudget, spendFlag } from "@/lib/dal/budget";
import { findPortfolio } from "@/lib/dal/timeline";
import { deletePaymentAction, savePaymentAction } from "./payments";
import { saveBudgetLineAction } from "./budget";

vi.mock("@/lib/auth/session", () => sessionMock);

const DANUBE = "demo-proj-danube-ict";
const LINE = `${DANUBE}-pp2-p1-staff`;

beforeEach(seedDemo);

describe("the budget", () => {
  it("adds up exactly to the budget lines in the database", async () => {
    const budget = await getProjectBudget(await demoUser("coordinator@demo.test"), DANUBE);
    const lines = await db.budgetLine.findMany({ where: { projectId: DANUBE } });
    const expected = lines.reduce((total, line) => total.plus(line.amount), new Prisma.Decimal(0));
    expect(budget.budgetTotal.equals(expected)).toBe(true);
    expect(budget.budgetTotal.toFixed(2)).toBe("109908.00");
    expect(budget.partners).toHaveLength(10);
  });

  it("shows a partner its own organisation only, without payments", async () => {
    const budget = await getProjectBudget(await demoUser("partner@demo.test"), DANUBE);
    expect(budget.partners.map((partner) => partner.name)).toEqual(["Sofia Digital Cluster"]);
    expect(budget.payments).toEqual([]);
    expect(budget.access.canReadAllFunding).toBe(false);
  });

  it("is refused to viewers and to partners of other projects", async () => {
    await expect(getProjectBudget(await demoUser("viewer@demo.test"), DANUBE)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(getProjectBudget(await demoUser("partner2@demo.test"), DANUBE)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("flags under- and over-spending against the periods that have ended", async () => {
    const budget = await getProjectBudget(
      await demoUser("coordinator@demo.test"),
      DANUBE,
      new Date("2016-12-15T00:00:00Z"),
    );
    // On 15 Dec 2016 P1 and P2 have ended. Thessaloniki reported 104 % of P1's budget; its P2 report was
    // returned, so it does not count: 52 % of the budget of both periods.
    const thessaloniki = budget.partners.find((partner) => partner.name === "Thessaloniki Innovation Hub")!;
    expect(thessaloniki.spendSoFar.dividedBy(thessaloniki.budgetSoFar).toFixed(2)).toBe("0.52");
    expect(spendFlag(new Prisma.Decimal(100), new Prisma.Decimal(79))).toBe("UNDER");
    expect(spendFlag(new Prisma.Decimal(100), new Prisma.Decimal(111))).toBe("OVER");
    expect(spendFlag(new Prisma.Decimal(100), new Prisma.Decimal(100))).toBeNull();
  });
});

describe("editing budget lines and payments", () => {
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

  it("keeps received payments as history", async () => {
    signInForTest(await demoUser("coordinator@demo.test"));
    expect(await deletePaymentAction({ projectId: DANUBE, id: `${DANUBE}-pay1` })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    expect(await deletePaymentAction({ projectId: DANUBE, id: `${DANUBE}-pay4` })).toMatchObject({ ok: true });
  });
});

describe("the portfolio", () => {
  it("groups projects by programme and call, and shows payments only to those who may read funding", async () => {
    const coordinator = await findPortfolio(await demoUser("coordinator@demo.test"), {});
    expect(coordinator.groups.map((group) => `${group.programme.name} / ${group.call?.identifier}`)).toEqual([
      "Danube Region Strategy START / START-2015-2",
      "Horizon Europe / HORIZON-CL4-2025-DIGITAL-01",
      "Interreg Danube Region Programme 2021–2027 / DRP-C2",
    ]);
    expect(coordinator.groups[0]!.projects[0]!.payments).toHaveLength(4);
    const partner = await findPortfolio(await demoUser("partner@demo.test"), {});
    expect(partner.projectCount).toBe(1);
    expect(partner.groups[0]!.projects[0]!.payments).toEqual([]);
    expect((await findPortfolio(await demoUser("coordinator@demo.test"), { country: "MK" })).projectCount).toBe(2);
  });
});
