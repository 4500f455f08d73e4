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
import { getProjectBudget, listBudgetLines, spendFlag } from "./budget";

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

describe("the list of budget lines", () => {
  const nameOf = (line: Awaited<ReturnType<typeof listBudgetLines>>["lines"][number]) =>
    `PP${line.partner.partnerNumber} P${line.period.number} ${line.category} ${line.amount.toFixed(2)}`;

  it("gives its editors every line by partner, period and cost category", async () => {
    const list = await listBudgetLines(consortium.coordinator, consortium.project.id, { page: 1 });
    expect(list.lines.map(nameOf)).toEqual([
      "PP1 P1 STAFF 500.25",
      "PP2 P1 STAFF 1000.00",
      "PP2 P2 STAFF 1000.00",
      "PP3 P2 TRAVEL_AND_ACCOMMODATION 99.70",
    ]);
    expect(list).toMatchObject({ total: 4, page: 1, pageCount: 1 });
    expect(list.project.partners).toHaveLength(3);
  });

  it("gives one partner's lines, and none for a partner of another project", async () => {
    const { project } = consortium;
    const own = await listBudgetLines(consortium.lead, project.id, { partner: project.partnerAId, page: 1 });
    expect(own.lines.map(nameOf)).toEqual(["PP2 P1 STAFF 1000.00", "PP2 P2 STAFF 1000.00"]);
    const other = await createConsortium();
    await createBudgetLine(other, {
      partnerId: other.project.partnerAId,
      periodId: other.project.periodIds[0],
      amount: "7",
    });
    const foreign = await listBudgetLines(consortium.lead, project.id, { partner: other.project.partnerAId, page: 1 });
    expect(foreign).toMatchObject({ lines: [], total: 0, pageCount: 1 });
  });

  it("pages a hundred lines at a time, in the same order", async () => {
    const other = await createConsortium();
    const { project } = other;
    // Seven more periods: 3 partners × 9 periods × 4 categories make 108 lines.
    await db.reportingPeriod.createMany({
      data: [3, 4, 5, 6, 7, 8, 9].map((number) => ({ projectId: project.id, number, startMonth: 1, endMonth: 24 })),
    });
    const periods = await db.reportingPeriod.findMany({ where: { projectId: project.id }, select: { id: true } });
    const categories = [
      "STAFF",
      "OFFICE_AND_ADMINISTRATION",
      "TRAVEL_AND_ACCOMMODATION",
      "EXTERNAL_EXPERTISE",
    ] as const;
    await db.budgetLine.createMany({
      data: project.partnerIds.flatMap((partnerId) =>
        periods.flatMap((period) =>
          categories.map((category) => ({
            projectId: project.id,
            partnerId,
            periodId: period.id,
            category,
            amount: "1",
          })),
        ),
      ),
    });
    const [first, second] = await Promise.all(
      [1, 2].map((page) => listBudgetLines(other.coordinator, project.id, { page })),
    );
    expect(first).toMatchObject({ total: 108, page: 1, pageCount: 2 });
    expect(first!.lines).toHaveLength(100);
    expect(second!.lines).toHaveLength(8);
    const all = [...first!.lines, ...second!.lines].map(nameOf);
    expect(new Set(all).size).toBe(108);
    expect(all.slice(-8).every((name) => name.startsWith("PP3 P"))).toBe(true);
  });

  it("is refused to partners and viewers, who do not edit the budget", async () => {
    for (const reader of [consortium.partnerA, consortium.viewer]) {
      await expect(listBudgetLines(reader, consortium.project.id, { page: 1 })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
  });
});
