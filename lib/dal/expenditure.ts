import "server-only";
import type { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { CostCategory, type PartnerReportStatus } from "@/generated/prisma/enums";
import type { SessionUser } from "@/lib/access/permissions";
import { convert, FLAT_RATE_CATEGORY, isMissingRate, withFlatRate, type Conversion } from "@/lib/finance/conversion";
import { sumOf as sum, ZERO } from "@/lib/finance/money";
import { AppError, forbidden, notFound } from "@/lib/errors";
import { projectEndDate, todayUtc } from "@/lib/format/project-months";
import type { MessageValues } from "@/lib/i18n/message";
import type {
  ZAcceptExpenditureInput,
  ZDeleteExpenditureItemInput,
  ZSaveExpenditureItemInput,
} from "@/lib/validation/expenditure";
import { isReportEditable } from "@/lib/workflow/report-status";
import { isPostgresUrl } from "@/lib/db/postgres-url";
import { env } from "@/lib/env";
import { fileStorage } from "@/lib/storage";
import { recordAudit } from "./audit";
import { db } from "./db";
import { CONVERSION_FACTS, missingRateValues, monthsFor } from "./expenditure-conversion";
import { checkItemRules } from "./expenditure-rules";
import { loadRateBook } from "./exchange-rates";
import { requireProjectAccess, validationError } from "./guards";
import { getReportDetail, requireOwnEditableReport } from "./partner-reports";
import { holdRow } from "./row-locks";
import { FILE_VERSIONS } from "./selects";

const onPostgres = isPostgresUrl(env.DATABASE_URL);
/** Spend counts on the budget once the partner has submitted its report. */
export const COUNTED_REPORTS: PartnerReportStatus[] = ["SUBMITTED", "ACCEPTED"];

/** What an item holds, as its row and the budget's workbook show it. */
const ITEM_FIELDS = {
  id: true,
  category: true,
  description: true,
  supplier: true,
  invoiceNumber: true,
  invoiceDate: true,
  paymentDate: true,
  amount: true,
  currency: true,
  exchangeRate: true,
  rateMonth: true,
  rateIsAverage: true,
  convertedAmount: true,
  acceptedAmount: true,
  deductionReason: true,
  version: true,
} as const;

const ITEM = {
  ...ITEM_FIELDS,
  receipts: { orderBy: { createdAt: "asc" }, select: { id: true, title: true, versions: FILE_VERSIONS } },
} as const;

/**
 * A report's finance as its page shows it: the items (with receipts) and their conversion, fixed for a submitted
 * report and provisional (today's rates) for one with the partner; totals per category with the flat rate, against
 * the partner's budget for the period and up to it. Null when the report is absent or not this user's to read.
 */
export async function getReportFinance(user: SessionUser, projectId: string, reportId: string, today = todayUtc()) {
  const access = await requireProjectAccess(user, projectId);
  const report = await db.partnerReport.findFirst({
    where: { id: reportId, projectId },
    select: {
      ...CONVERSION_FACTS,
      expenditureItems: { orderBy: [{ invoiceDate: "asc" }, { id: "asc" }], select: ITEM },
    },
  });
  if (!report || !(access.canReadAllFunding || access.actsForPartnerIds.includes(report.partnerId))) return null;
  const { project } = report;
  const isFixed = !isReportEditable(report.status);
  const months = monthsFor(report, today);
  const rates = isFixed
    ? null
    : await loadRateBook(db, [...report.expenditureItems.map((item) => item.currency), project.currency], months);
  const items = report.expenditureItems.map((item) => {
    const conversion: Conversion | { missing: MessageValues } | null =
      isFixed && item.convertedAmount
        ? {
            rate: item.exchangeRate ?? new Prisma.Decimal(1),
            rateMonth: item.rateMonth ?? months[0]!,
            isAverage: item.rateIsAverage,
            converted: item.convertedAmount,
          }
        : rates
          ? toShown(convert(item.amount, item.currency, project.currency, months, rates))
          : null;
    return { ...item, conversion, isProvisional: !isFixed };
  });
  const convertedOf = (item: (typeof items)[number]) =>
    item.conversion && "converted" in item.conversion ? item.conversion.converted : ZERO;

  const [budgetLines, earlierItems] = await Promise.all([
    db.budgetLine.findMany({
      where: { partnerId: report.partnerId, period: { number: { lte: report.period.number } } },
      select: { category: true, amount: true, periodId: true },
    }),
    // Summed here, not by the database: SQLite's SUM over decimals is a float, and the adapter truncates it.
    db.expenditureItem.findMany({
      where: {
        report: {
          partnerId: report.partnerId,
          status: { in: COUNTED_REPORTS },
          period: { number: { lt: report.period.number } },
        },
      },
      select: { category: true, convertedAmount: true },
    }),
  ]);
  const flatRate = project.officeFlatRatePercent;
  const itemsIn = (category: CostCategory) => items.filter((item) => item.category === category);
  const declaredIn = withFlatRate((category) => sum(itemsIn(category).map(convertedOf)), flatRate);
  const acceptedIn = withFlatRate(
    (category) => sum(itemsIn(category).map((item) => item.acceptedAmount ?? convertedOf(item))),
    flatRate,
  );
  const earlierIn = withFlatRate(
    (category) =>
      sum(earlierItems.filter((row) => row.category === category).map((row) => row.convertedAmount ?? ZERO)),
    flatRate,
  );
  const categories = Object.values(CostCategory).map((category) => {
    const declared = declaredIn(category);
    const lines = budgetLines.filter((line) => line.category === category);
    const budgetPeriod = sum(lines.filter((line) => line.periodId === report.periodId).map((line) => line.amount));
    const budgetToDate = sum(lines.map((line) => line.amount));
    const declaredToDate = earlierIn(category).plus(declared);
    return {
      category,
      isFlatRate: category === FLAT_RATE_CATEGORY && flatRate !== null,
      declared,
      accepted: acceptedIn(category),
      budgetPeriod,
      budgetToDate,
      declaredToDate,
      overPeriod: declared.greaterThan(budgetPeriod) ? declared.minus(budgetPeriod) : null,
      overToDate: declaredToDate.greaterThan(budgetToDate) ? declaredToDate.minus(budgetToDate) : null,
    };
  });
  const shown = categories.filter((row) => !row.declared.isZero() || !row.budgetPeriod.isZero());
  return {
    currency: project.currency,
    flatRatePercent: flatRate,
    rule: project.programme.exchangeRateRule,
    invoiceDates: { from: project.startDate, to: projectEndDate(project.startDate, project.durationMonths) },
    items,
    categories: shown,
    total: sum(shown.map((row) => row.declared)),
    missingRates: items.flatMap((item) =>
      item.conversion && "missing" in item.conversion ? [item.conversion.missing] : [],
    ),
  };
}

function toShown(result: ReturnType<typeof convert>): Conversion | { missing: MessageValues } {
  return isMissingRate(result) ? { missing: missingRateValues(result) } : result;
}

/**
 * Adds or changes an item of one's own organisation's report while it is with the partner. Refused, with the
 * field named: a category the flat rate computes, an invoice date outside the project, a currency without a rate
 * for the months that apply. A change applies only to the version seen.
 */
export async function saveExpenditureItem(
  user: SessionUser,
  input: z.output<typeof ZSaveExpenditureItemInput>,
  today = todayUtc(),
) {
  return db.$transaction(async (tx) => {
    await holdRow(tx, { kind: "report", id: input.reportId, projectId: input.projectId });
    const existing = input.id
      ? await tx.expenditureItem.findFirst({
          where: { id: input.id, projectId: input.projectId, reportId: input.reportId },
          select: { id: true, version: true, amount: true, currency: true, category: true, description: true },
        })
      : null;
    if (input.id && !existing) throw notFound("theExpenditureItem");
    const detail = await requireOwnEditableReport(user, input.projectId, input.reportId, tx);
    const report = await tx.partnerReport.findUniqueOrThrow({
      where: { id: input.reportId },
      select: CONVERSION_FACTS,
    });
    const months = monthsFor(report, today);
    const rates = await loadRateBook(tx, [input.currency, report.project.currency], months);
    const [problem] = checkItemRules(report, input, months, rates).problems;
    if (problem) throw validationError(problem.field, problem.key, problem.values);
    if (existing && existing.version !== input.version) throw new AppError("CONFLICT", "itemChangedMeanwhile");

    const data = {
      category: input.category,
      description: input.description,
      supplier: input.supplier,
      invoiceNumber: input.invoiceNumber,
      invoiceDate: input.invoiceDate,
      paymentDate: input.paymentDate,
      amount: input.amount,
      currency: input.currency,
    };
    // A changed item is checked anew: what the lead accepted of the old one no longer applies.
    const saved = existing
      ? await tx.expenditureItem.update({
          where: { id: existing.id },
          data: { ...data, acceptedAmount: null, deductionReason: null, version: { increment: 1 } },
          select: { id: true },
        })
      : await tx.expenditureItem.create({
          data: { ...data, projectId: input.projectId, reportId: input.reportId },
          select: { id: true },
        });
    await recordAudit(tx, {
      actorId: user.id,
      action: existing ? "expenditure.update" : "expenditure.create",
      entityType: "ExpenditureItem",
      entityId: saved.id,
      projectId: input.projectId,
      partnerId: detail.report.partnerId,
      before: existing
        ? {
            category: existing.category,
            description: existing.description,
            amount: existing.amount,
            currency: existing.currency,
          }
        : undefined,
      after: { reportId: input.reportId, ...data },
    });
    return { id: saved.id, projectId: input.projectId, reportId: input.reportId, subject: input.description };
  });
}

/** Deletes an item of one's own report while it is with the partner, with its receipts. */
export async function deleteExpenditureItem(user: SessionUser, input: z.output<typeof ZDeleteExpenditureItemInput>) {
  const { result, storageKeys } = await db.$transaction(async (tx) => {
    const item = await tx.expenditureItem.findFirst({
      where: { id: input.id, projectId: input.projectId },
      select: {
        id: true,
        reportId: true,
        description: true,
        amount: true,
        currency: true,
        receipts: { select: { id: true, versions: { select: { id: true, storageKey: true } } } },
      },
    });
    if (!item) throw notFound("theExpenditureItem");
    await holdRow(tx, { kind: "report", id: item.reportId, projectId: input.projectId });
    const detail = await requireOwnEditableReport(user, input.projectId, item.reportId, tx);
    const documentIds = item.receipts.map((receipt) => receipt.id);
    await tx.storedFile.deleteMany({ where: { documentId: { in: documentIds } } });
    await tx.document.deleteMany({ where: { id: { in: documentIds } } });
    await tx.expenditureItem.delete({ where: { id: item.id } });
    await recordAudit(tx, {
      actorId: user.id,
      action: "expenditure.delete",
      entityType: "ExpenditureItem",
      entityId: item.id,
      projectId: input.projectId,
      partnerId: detail.report.partnerId,
      before: { reportId: item.reportId, description: item.description, amount: item.amount, currency: item.currency },
    });
    return {
      result: { projectId: input.projectId, reportId: item.reportId, subject: item.description },
      storageKeys: item.receipts.flatMap((receipt) => receipt.versions.map((version) => version.storageKey)),
    };
  });
  // The rows are gone; a file left behind by a failure here is swept at the next start-up.
  await Promise.all(storageKeys.map((key) => fileStorage.remove(key).catch(() => undefined)));
  return result;
}

/**
 * The lead's check of one item of a submitted report: the amount accepted, at most the converted amount, with a
 * reason when less. Fixed once the report is accepted.
 */
export async function acceptExpenditure(user: SessionUser, input: z.output<typeof ZAcceptExpenditureInput>) {
  return db.$transaction(async (tx) => {
    const item = await tx.expenditureItem.findFirst({
      where: { id: input.id, projectId: input.projectId },
      select: {
        id: true,
        version: true,
        description: true,
        convertedAmount: true,
        acceptedAmount: true,
        deductionReason: true,
        report: { select: { id: true, partnerId: true } },
      },
    });
    if (!item) throw notFound("theExpenditureItem");
    const access = await requireProjectAccess(user, input.projectId);
    if (!access.isLead) {
      if (access.canReadAllFunding || access.actsForPartnerIds.includes(item.report.partnerId))
        throw forbidden("onlyLeadReviewsReports");
      throw notFound("theExpenditureItem");
    }
    await holdRow(tx, { kind: "report", id: item.report.id, projectId: input.projectId });
    const status = (
      await tx.partnerReport.findUniqueOrThrow({ where: { id: item.report.id }, select: { status: true } })
    ).status;
    if (status !== "SUBMITTED" || !item.convertedAmount) throw new AppError("CONFLICT", "itemCheckedOnlySubmitted");
    if (item.version !== input.version) throw new AppError("CONFLICT", "itemChangedMeanwhile");
    const accepted = new Prisma.Decimal(input.acceptedAmount);
    if (accepted.greaterThan(item.convertedAmount))
      throw validationError("acceptedAmount", "acceptedAboveDeclared", { declared: item.convertedAmount.toFixed(2) });
    const isDeduction = accepted.lessThan(item.convertedAmount);
    if (isDeduction && !input.deductionReason) throw validationError("deductionReason", "deductionNeedsReason");
    const reason = isDeduction ? input.deductionReason : null;
    await tx.expenditureItem.update({
      where: { id: item.id },
      data: { acceptedAmount: accepted, deductionReason: reason, version: { increment: 1 } },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "expenditure.check",
      entityType: "ExpenditureItem",
      entityId: item.id,
      projectId: input.projectId,
      partnerId: item.report.partnerId,
      before: { acceptedAmount: item.acceptedAmount, deductionReason: item.deductionReason },
      after: { reportId: item.report.id, acceptedAmount: accepted, deductionReason: reason },
    });
    return { projectId: input.projectId, reportId: item.report.id, subject: item.description };
  });
}

/**
 * The declared and accepted spend of a project's counted reports, per report and category, summed by the database.
 * PostgreSQL sums its numerics exactly. SQLite keeps decimals as floats, and its SUM of them comes back through the
 * driver adapter truncated to a whole number where the first sum of the result is whole (195.93 read as 195): there
 * the sum is of whole cents.
 */
export async function spendByReport(projectId: string, reportIds: string[]) {
  if (reportIds.length === 0) return [];
  if (onPostgres) {
    const rows = await db.expenditureItem.groupBy({
      by: ["reportId", "category"],
      where: { projectId, reportId: { in: reportIds } },
      _sum: { convertedAmount: true, acceptedAmount: true },
    });
    return rows.map((row) => ({
      reportId: row.reportId,
      category: row.category,
      declared: row._sum.convertedAmount ?? ZERO,
      accepted: row._sum.acceptedAmount ?? ZERO,
    }));
  }
  const rows = await db.$queryRaw<{ reportId: string; category: CostCategory; declared: number; accepted: number }[]>`
    SELECT "reportId", "category",
           SUM(ROUND(COALESCE("convertedAmount", 0) * 100)) AS "declared",
           SUM(ROUND(COALESCE("acceptedAmount", 0) * 100)) AS "accepted"
    FROM "ExpenditureItem"
    WHERE "projectId" = ${projectId} AND "reportId" IN (${Prisma.join(reportIds)})
    GROUP BY "reportId", "category"`;
  const fromCents = (cents: number) => new Prisma.Decimal(cents).dividedBy(100);
  return rows.map((row) => ({
    reportId: row.reportId,
    category: row.category,
    declared: fromCents(row.declared),
    accepted: fromCents(row.accepted),
  }));
}

/**
 * The expenditure items a person may read in a project, for the budget's workbook: all of them for funding readers,
 * a partner's own organisation's only; with the report each belongs to.
 */
export async function listProjectExpenditure(user: SessionUser, projectId: string) {
  const access = await requireProjectAccess(user, projectId);
  if (!access.canReadAllFunding && access.actsForPartnerIds.length === 0) return [];
  return db.expenditureItem.findMany({
    where: {
      projectId,
      ...(access.canReadAllFunding ? {} : { report: { partnerId: { in: access.actsForPartnerIds } } }),
    },
    orderBy: [{ report: { period: { number: "asc" } } }, { invoiceDate: "asc" }, { id: "asc" }],
    select: {
      ...ITEM_FIELDS,
      report: {
        select: {
          status: true,
          period: { select: { number: true } },
          partner: { select: { partnerNumber: true, organisation: { select: { name: true } } } },
        },
      },
    },
  });
}

/**
 * One item as its page shows it, with the report it belongs to and what this user may do with it: the partner
 * edits it and adds receipts while the report is with them; the lead checks it while the report is submitted.
 */
export async function getExpenditureItemPage(user: SessionUser, projectId: string, reportId: string, itemId: string) {
  const detail = await getReportDetail(user, projectId, reportId);
  if (!detail) return null;
  const finance = await getReportFinance(user, projectId, reportId);
  const item = finance?.items.find((candidate) => candidate.id === itemId);
  if (!finance || !item) return null;
  return {
    item,
    finance,
    report: detail.report,
    canEdit: detail.canEdit,
    canCheck: detail.actors.includes("LEAD") && detail.report.status === "SUBMITTED",
    seesChecksums: detail.seesChecksums,
  };
}
