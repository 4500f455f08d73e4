import "server-only";
import type { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { CostCategory, type PartnerReportStatus } from "@/generated/prisma/enums";
import { FLAT_RATE_CATEGORY, flatRateAmount } from "@/lib/finance/conversion";
import { sumOf as sum, ZERO } from "@/lib/finance/money";
import { managesProject, type SessionUser } from "@/lib/access/permissions";
import { AppError, forbidden } from "@/lib/errors";
import { projectMonthEnd, todayUtc } from "@/lib/format/project-months";
import { BUDGET_LINES_PAGE_SIZE, type TBudgetLineFilters, type ZSaveBudgetLineInput } from "@/lib/validation/budget";
import { pageCountOf } from "@/lib/validation/list-filters";
import { recordAudit } from "./audit";
import { db } from "./db";
import { COUNTED_REPORTS, spendByReport } from "./expenditure";
import { requireFundingEditor, requireProjectAccess, validationError } from "./guards";
import { PARTNERS_IN_ORDER, PERIODS_IN_ORDER } from "./selects";

/** Spend below this share of the budget so far is under-spending; above the other, over-spending. */
export const SPEND_WARNING = { under: 0.8, over: 1.1 } as const;

export type SpendFlag = "UNDER" | "OVER" | null;

/** Compares spend with budget over the periods that have ended. */
export function spendFlag(budget: Prisma.Decimal, spend: Prisma.Decimal): SpendFlag {
  if (budget.isZero()) return spend.isZero() ? null : "OVER";
  const ratio = spend.dividedBy(budget).toNumber();
  return ratio < SPEND_WARNING.under ? "UNDER" : ratio > SPEND_WARNING.over ? "OVER" : null;
}

/**
 * The budget page: budget lines per partner × category × period, reported spend, payments, exact totals,
 * and spending flags. Administrators, coordinators and the lead see every partner; a partner sees its own
 * organisation only; anyone else is refused.
 */
export async function getProjectBudget(user: SessionUser, projectId: string, today = todayUtc()) {
  const access = await requireProjectAccess(user, projectId);
  if (!access.canReadAllFunding && access.actsForPartnerIds.length === 0) throw forbidden("budgetReaders");
  const partnerFilter = access.canReadAllFunding ? {} : { id: { in: access.actsForPartnerIds } };
  const project = await db.project.findUniqueOrThrow({
    where: { id: projectId },
    select: {
      id: true,
      acronym: true,
      currency: true,
      startDate: true,
      totalCost: true,
      grantAmount: true,
      cofinancingRate: true,
      officeFlatRatePercent: true,
      reportingPeriods: PERIODS_IN_ORDER,
      partners: {
        where: partnerFilter,
        orderBy: { partnerNumber: "asc" },
        select: {
          id: true,
          partnerNumber: true,
          budgetAmount: true,
          organisation: { select: { name: true } },
          budgetLines: { select: { id: true, periodId: true, category: true, amount: true, version: true } },
          reports: {
            where: { status: { in: COUNTED_REPORTS } },
            select: { id: true, periodId: true, status: true },
          },
        },
      },
    },
  });
  const reportSpend = await spendOfReports(
    projectId,
    project.partners.flatMap((partner) => partner.reports),
    project.officeFlatRatePercent,
  );
  // Payments are funding data of the whole project: not for a partner who sees only its own share.
  const payments = access.canReadAllFunding
    ? await db.payment.findMany({
        where: { projectId },
        orderBy: { plannedDate: "asc" },
        select: {
          id: true,
          kind: true,
          version: true,
          plannedDate: true,
          plannedAmount: true,
          receivedDate: true,
          receivedAmount: true,
          note: true,
          period: { select: { id: true, number: true } },
        },
      })
    : [];
  const periods = project.reportingPeriods.map((period) => ({
    ...period,
    hasEnded: projectMonthEnd(project.startDate, period.endMonth) < today,
  }));

  const periodNumber = new Map(periods.map((period) => [period.id, period.number]));
  const partners = project.partners.map((partner) => {
    const budgetIn = (periodId: string) =>
      sum(partner.budgetLines.filter((line) => line.periodId === periodId).map((line) => line.amount));
    const reportsIn = (periodId: string) =>
      partner.reports.filter((report) => report.periodId === periodId).map((report) => reportSpend.get(report.id)!);
    const perPeriod = periods.map((period) => ({
      periodId: period.id,
      budget: budgetIn(period.id),
      spend: sum(reportsIn(period.id).map((report) => report.spend)),
      declared: sum(reportsIn(period.id).map((report) => report.declared)),
      accepted: sum(reportsIn(period.id).map((report) => report.accepted)),
    }));
    const ended = perPeriod.filter((_, index) => periods[index]!.hasEnded);
    const budgetSoFar = sum(ended.map((entry) => entry.budget));
    const spendSoFar = sum(ended.map((entry) => entry.spend));
    return {
      id: partner.id,
      partnerNumber: partner.partnerNumber,
      name: partner.organisation.name,
      budgetShare: partner.budgetAmount,
      lines: partner.budgetLines.map((line) => ({ ...line, periodNumber: periodNumber.get(line.periodId) })),
      perPeriod,
      budgetTotal: sum(perPeriod.map((entry) => entry.budget)),
      spendTotal: sum(perPeriod.map((entry) => entry.spend)),
      declaredTotal: sum(perPeriod.map((entry) => entry.declared)),
      acceptedTotal: sum(perPeriod.map((entry) => entry.accepted)),
      budgetSoFar,
      spendSoFar,
      /** Spend so far as a share of the budget so far, 0 to 1 (1 where nothing was budgeted yet). */
      spendShare: budgetSoFar.isZero() ? "1" : spendSoFar.dividedBy(budgetSoFar).toFixed(4),
      flag: ended.length ? spendFlag(budgetSoFar, spendSoFar) : null,
      byCategory: (category: CostCategory) =>
        sum(partner.budgetLines.filter((line) => line.category === category).map((line) => line.amount)),
    };
  });

  let cumulativeBudget = ZERO;
  let cumulativeSpend = ZERO;
  const periodTotals = periods.map((period, index) => {
    const budget = sum(partners.map((partner) => partner.perPeriod[index]!.budget));
    const spend = sum(partners.map((partner) => partner.perPeriod[index]!.spend));
    cumulativeBudget = cumulativeBudget.plus(budget);
    cumulativeSpend = cumulativeSpend.plus(spend);
    return {
      period,
      budget,
      spend,
      cumulativeBudget,
      cumulativeSpend,
      flag: period.hasEnded ? spendFlag(budget, spend) : null,
    };
  });

  return {
    project,
    access,
    permissions: { canEdit: managesProject(user, access) },
    periods,
    partners,
    /** The cost categories any partner has budget in, in their usual order. */
    categories: Object.values(CostCategory).filter((category) =>
      partners.some((partner) => !partner.byCategory(category).isZero()),
    ),
    periodTotals,
    budgetTotal: sum(partners.map((partner) => partner.budgetTotal)),
    spendTotal: sum(partners.map((partner) => partner.spendTotal)),
    /** Declared in submitted and accepted reports; accepted by the lead in accepted reports. */
    declaredTotal: sum(partners.map((partner) => partner.declaredTotal)),
    acceptedTotal: sum(partners.map((partner) => partner.acceptedTotal)),
    payments,
    paymentsPlanned: sum(payments.map((payment) => payment.plannedAmount)),
    paymentsReceived: sum(payments.map((payment) => payment.receivedAmount ?? ZERO)),
  };
}

/**
 * Each counted report's spend from its expenditure items (and the flat rate of its staff costs): declared, accepted
 * (once the report is accepted) and the spend the budget counts, the accepted amount where it exists.
 */
async function spendOfReports(
  projectId: string,
  reports: { id: string; status: PartnerReportStatus }[],
  flatRatePercent: Prisma.Decimal | null,
) {
  const rows = await spendByReport(
    projectId,
    reports.map((report) => report.id),
  );
  const totalOf = (reportId: string, amount: "declared" | "accepted") => {
    // Under a flat rate its category is computed: items declared there before the rate was set do not count.
    const own = rows.filter(
      (row) => row.reportId === reportId && !(flatRatePercent && row.category === FLAT_RATE_CATEGORY),
    );
    const staff = own.find((row) => row.category === "STAFF")?.[amount] ?? ZERO;
    return sum(own.map((row) => row[amount])).plus(flatRatePercent ? flatRateAmount(staff, flatRatePercent) : ZERO);
  };
  return new Map(
    reports.map((report) => {
      const declared = totalOf(report.id, "declared");
      const accepted = report.status === "ACCEPTED" ? totalOf(report.id, "accepted") : ZERO;
      return [report.id, { declared, accepted, spend: report.status === "ACCEPTED" ? accepted : declared }];
    }),
  );
}

/** Creates or changes one budget line (partner × period × category); an edit applies only to the version seen. */
export async function saveBudgetLine(user: SessionUser, input: z.output<typeof ZSaveBudgetLineInput>) {
  await requireFundingEditor(user, input.projectId);
  return db.$transaction(async (tx) => {
    const [partner, period] = await Promise.all([
      tx.projectPartner.findFirst({ where: { id: input.partnerId, projectId: input.projectId }, select: { id: true } }),
      tx.reportingPeriod.findFirst({ where: { id: input.periodId, projectId: input.projectId }, select: { id: true } }),
    ]);
    if (!partner) throw validationError("partnerId", "choosePartnerOfProject");
    if (!period) throw validationError("periodId", "choosePeriodOfProject");
    const key = {
      partnerId_periodId_category: { partnerId: input.partnerId, periodId: input.periodId, category: input.category },
    };
    const existing = await tx.budgetLine.findUnique({ where: key });
    if (existing && input.version === undefined) {
      throw validationError("category", "budgetLineExists");
    }
    if (existing && existing.version !== input.version) {
      throw new AppError("CONFLICT", "budgetLineChangedMeanwhile", { amount: existing.amount.toFixed(2) });
    }
    const line = existing
      ? await tx.budgetLine.update({
          where: { id: existing.id },
          data: { amount: input.amount, version: { increment: 1 } },
          select: { id: true },
        })
      : await tx.budgetLine.create({
          data: {
            projectId: input.projectId,
            partnerId: input.partnerId,
            periodId: input.periodId,
            category: input.category,
            amount: input.amount,
          },
          select: { id: true },
        });
    await syncPartnerBudget(tx, input.partnerId);
    await recordAudit(tx, {
      actorId: user.id,
      action: existing ? "budget.update" : "budget.create",
      entityType: "BudgetLine",
      entityId: line.id,
      projectId: input.projectId,
      partnerId: input.partnerId,
      before: existing ? { amount: existing.amount } : undefined,
      after: { partnerId: input.partnerId, periodId: input.periodId, category: input.category, amount: input.amount },
    });
    return { id: line.id, projectId: input.projectId };
  });
}

/** A partner's budget share is the sum of its budget lines: kept equal in the same transaction. */
async function syncPartnerBudget(tx: Prisma.TransactionClient, partnerId: string) {
  const total = await tx.budgetLine.aggregate({ where: { partnerId }, _sum: { amount: true } });
  await tx.projectPartner.update({ where: { id: partnerId }, data: { budgetAmount: total._sum.amount ?? ZERO } });
}

/**
 * A page of the project's budget lines for its funding editors, by partner, period and cost category: all partners'
 * or one partner's. The partners come along for the filter.
 */
export async function listBudgetLines(user: SessionUser, projectId: string, filters: TBudgetLineFilters) {
  await requireFundingEditor(user, projectId);
  const where = { projectId, ...(filters.partner ? { partnerId: filters.partner } : {}) };
  const [project, total, lines] = await Promise.all([
    db.project.findUniqueOrThrow({
      where: { id: projectId },
      select: { id: true, acronym: true, currency: true, partners: PARTNERS_IN_ORDER },
    }),
    db.budgetLine.count({ where }),
    db.budgetLine.findMany({
      where,
      orderBy: [{ partner: { partnerNumber: "asc" } }, { period: { number: "asc" } }, { category: "asc" }],
      skip: (filters.page - 1) * BUDGET_LINES_PAGE_SIZE,
      take: BUDGET_LINES_PAGE_SIZE,
      select: {
        id: true,
        category: true,
        amount: true,
        partner: { select: { partnerNumber: true, organisation: { select: { name: true } } } },
        period: { select: { number: true } },
      },
    }),
  ]);
  return {
    project,
    lines,
    total,
    page: filters.page,
    pageCount: pageCountOf(total, BUDGET_LINES_PAGE_SIZE),
  };
}

export async function getBudgetLineForEdit(user: SessionUser, projectId: string, lineId: string) {
  await requireFundingEditor(user, projectId);
  return db.budgetLine.findFirst({
    where: { id: lineId, projectId },
    select: { id: true, partnerId: true, periodId: true, category: true, amount: true, version: true },
  });
}

export async function getBudgetFormOptions(user: SessionUser, projectId: string) {
  await requireFundingEditor(user, projectId);
  return db.project.findUniqueOrThrow({
    where: { id: projectId },
    select: {
      id: true,
      acronym: true,
      currency: true,
      partners: PARTNERS_IN_ORDER,
      reportingPeriods: PERIODS_IN_ORDER,
    },
  });
}
