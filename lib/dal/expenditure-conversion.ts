import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { convert, isMissingRate, rateMonths } from "@/lib/finance/conversion";
import { AppError } from "@/lib/errors";
import type { MessageValues } from "@/lib/i18n/message";
import { isReportEditable } from "@/lib/workflow/report-status";
import { loadRateBook } from "./exchange-rates";

/**
 * Fixing a report's expenditure at its moves: the conversion at submission, the accepted amounts at acceptance.
 */

/** What conversion needs to know of a report: its project's currency and rule, its period, when it was sent. */
export const CONVERSION_FACTS = {
  status: true,
  submittedAt: true,
  partnerId: true,
  periodId: true,
  period: { select: { number: true, startMonth: true, endMonth: true } },
  project: {
    select: {
      id: true,
      currency: true,
      startDate: true,
      durationMonths: true,
      officeFlatRatePercent: true,
      programme: { select: { exchangeRateRule: true } },
    },
  },
} as const;
export type ConversionFacts = Prisma.PartnerReportGetPayload<{ select: typeof CONVERSION_FACTS }>;

/** The months whose rates apply to a report: those of its submission, or today's while it is with the partner. */
export function monthsFor(report: ConversionFacts, today: Date): Date[] {
  return rateMonths(report.project.programme.exchangeRateRule, {
    submittedAt: isReportEditable(report.status) ? today : (report.submittedAt ?? today),
    projectStart: report.project.startDate,
    startMonth: report.period.startMonth,
    endMonth: report.period.endMonth,
  });
}

export const missingRateValues = (missing: { currency: string; month: Date }): MessageValues => ({
  currency: missing.currency,
  month: missing.month.toISOString().slice(0, 7),
});

/**
 * At submission, in the submitting transaction: every item's rate, its month and the converted amount are fixed
 * with the rates of the months that apply. A missing rate refuses the submission, naming currency and month.
 * What the lead accepted of an item earlier stays if it still fits the converted amount.
 */
export async function fixConversions(tx: Prisma.TransactionClient, reportId: string, submittedAt: Date) {
  const report = await tx.partnerReport.findUniqueOrThrow({
    where: { id: reportId },
    select: {
      ...CONVERSION_FACTS,
      expenditureItems: { select: { id: true, amount: true, currency: true, acceptedAmount: true } },
    },
  });
  const months = monthsFor({ ...report, status: "SUBMITTED", submittedAt }, submittedAt);
  const rates = await loadRateBook(
    tx,
    [...report.expenditureItems.map((item) => item.currency), report.project.currency],
    months,
  );
  const conversions = report.expenditureItems.map((item) => ({
    item,
    conversion: convert(item.amount, item.currency, report.project.currency, months, rates),
  }));
  const missing = conversions.map((entry) => entry.conversion).find(isMissingRate);
  if (missing) throw new AppError("VALIDATION", "exchangeRateMissingAtSubmission", missingRateValues(missing));
  for (const { item, conversion } of conversions) {
    if (isMissingRate(conversion)) continue;
    const keepsCheck = item.acceptedAmount && !item.acceptedAmount.greaterThan(conversion.converted);
    await tx.expenditureItem.update({
      where: { id: item.id },
      data: {
        exchangeRate: item.currency === report.project.currency ? null : conversion.rate,
        rateMonth: item.currency === report.project.currency ? null : conversion.rateMonth,
        rateIsAverage: conversion.isAverage,
        convertedAmount: conversion.converted,
        ...(keepsCheck ? {} : { acceptedAmount: null, deductionReason: null }),
      },
    });
  }
}

/** At acceptance: an item the lead did not change is accepted in full, and every accepted amount is fixed. */
export async function fixAcceptedAmounts(tx: Prisma.TransactionClient, reportId: string) {
  const unchecked = await tx.expenditureItem.findMany({
    where: { reportId, acceptedAmount: null },
    select: { id: true, convertedAmount: true },
  });
  for (const item of unchecked)
    await tx.expenditureItem.update({ where: { id: item.id }, data: { acceptedAmount: item.convertedAmount } });
}
