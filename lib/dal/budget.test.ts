import { beforeEach, describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { db, demoUser, seedDemo } from "@/test/db";
import { getProjectBudget, spendFlag } from "./budget";

const DANUBE = "demo-proj-danube-ict";

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
