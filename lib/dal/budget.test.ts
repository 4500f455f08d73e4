import { beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/test/db";
import {
  createBudgetLine,
  createConsortium,
  createOutsidePartner,
  createPartnerReport,
  createExpenditureItem,
  type Consortium,
} from "@/test/factories";
import { changeReportStatus } from "./partner-reports";
import { getProjectBudget, spendFlag } from "./budget";

let consortium: Consortium;

/** A report of partner A for a period, with its spend, moved by the lead to `status`. */
async function reportSpend(periodId: string, amount: string, status: "ACCEPTED" | "RETURNED") {
  const { id } = await createPartnerReport(consortium, consortium.partnerA, consortium.project.partnerAId, {
    periodId,
    submitted: true,
  });
  await createExpenditureItem(id, { amount });
  await changeReportStatus(consortium.lead, {
    projectId: consortium.project.id,
    reportId: id,
    toStatus: status,
    comment: status === "RETURNED" ? "Add the timesheets." : null,
  });
}

beforeAll(async () => {
  consortium = await createConsortium({ startDate: "2025-01-01" });
  const { project } = consortium;
  const [p1, p2] = project.periodIds;
  await createBudgetLine(consortium, { partnerId: project.leadPartnerId, periodId: p1, amount: "500.25" });
  await createBudgetLine(consortium, { partnerId: project.partnerAId, periodId: p1, amount: "1000" });
  await createBudgetLine(consortium, { partnerId: project.partnerAId, periodId: p2, amount: "1000" });
  await createBudgetLine(consortium, {
    partnerId: project.partnerBId,
    periodId: p2,
    category: "TRAVEL_AND_ACCOMMODATION",
    amount: "99.70",
  });
  await reportSpend(p1, "1040", "ACCEPTED");
  await reportSpend(p2, "500", "RETURNED");
});

describe("the budget", () => {
  it("adds up exactly to the budget lines in the database", async () => {
    const budget = await getProjectBudget(consortium.coordinator, consortium.project.id);
    const lines = await db.budgetLine.findMany({ where: { projectId: consortium.project.id } });
    const expected = lines.reduce((total, line) => total.plus(line.amount), new Prisma.Decimal(0));
    expect(budget.budgetTotal.equals(expected)).toBe(true);
    expect(budget.budgetTotal.toFixed(2)).toBe("2599.95");
    expect(budget.partners).toHaveLength(3);
  });

  it("shows a partner its own organisation only, without payments", async () => {
    const budget = await getProjectBudget(consortium.partnerA, consortium.project.id);
    expect(budget.partners.map((partner) => partner.id)).toEqual([consortium.project.partnerAId]);
    expect(budget.payments).toEqual([]);
    expect(budget.access.canReadAllFunding).toBe(false);
  });

  it("is refused to viewers and to partners of other projects", async () => {
    await expect(getProjectBudget(consortium.viewer, consortium.project.id)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const { user: outsider } = await createOutsidePartner(consortium.admin);
    await expect(getProjectBudget(outsider, consortium.project.id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("flags under- and over-spending against the periods that have ended", async () => {
    const budget = await getProjectBudget(
      consortium.coordinator,
      consortium.project.id,
      new Date("2027-01-15T00:00:00Z"),
    );
    // On 15 Jan 2027 P1 and P2 have ended. Partner A reported 104 % of P1's budget; its P2 report was returned,
    // so it does not count: 52 % of the budget of both periods.
    const partnerA = budget.partners.find((partner) => partner.id === consortium.project.partnerAId)!;
    expect(partnerA.spendSoFar.dividedBy(partnerA.budgetSoFar).toFixed(2)).toBe("0.52");
    expect(spendFlag(new Prisma.Decimal(100), new Prisma.Decimal(79))).toBe("UNDER");
    expect(spendFlag(new Prisma.Decimal(100), new Prisma.Decimal(111))).toBe("OVER");
    expect(spendFlag(new Prisma.Decimal(100), new Prisma.Decimal(100))).toBeNull();
  });
});
