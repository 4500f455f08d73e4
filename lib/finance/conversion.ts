/**
 * Expenditure in another currency, converted to the project's currency with the monthly accounting rates
 * (units of a currency per 1 EUR, as InforEuro publishes them). Pure, so that the rules can be tested alone.
 */
import { Prisma } from "@/generated/prisma/client";
import type { CostCategory, ExchangeRateRule } from "@/generated/prisma/enums";
import { projectMonthStart } from "@/lib/format/project-months";

export const BASE_CURRENCY = "EUR";
const ONE = new Prisma.Decimal(1);
/** Rates are kept and shown with six decimals: InforEuro publishes up to six significant figures. */
export const RATE_DECIMALS = 6;

/** The first day of a date's month, at midnight UTC: the key of a monthly rate. */
export function monthOf(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));
}

/**
 * The months whose rates convert a report's expenditure under a programme's rule: the month of submission
 * (`submittedAt`, or today for a draft, whose rate is then provisional), or every calendar month of the
 * reporting period (project months `startMonth`..`endMonth` of a project starting on `projectStart`).
 */
export function rateMonths(
  rule: ExchangeRateRule,
  report: { submittedAt: Date; projectStart: Date; startMonth: number; endMonth: number },
): Date[] {
  if (rule === "SUBMISSION_MONTH") return [monthOf(report.submittedAt)];
  return Array.from({ length: report.endMonth - report.startMonth + 1 }, (_, index) =>
    projectMonthStart(report.projectStart, report.startMonth + index),
  );
}

/** A month with no rate for a currency: the partner is told which, and nothing is converted. */
export type MissingRate = { currency: string; month: Date };

/** The rates known for one currency, by month (its ISO date). */
export type RateBook = (currency: string, month: Date) => Prisma.Decimal | undefined;

export type Conversion = {
  /** Units of the item's currency per 1 unit of the project's currency. */
  rate: Prisma.Decimal;
  /** The month of the rate; the first month when it is an average. */
  rateMonth: Date;
  isAverage: boolean;
  converted: Prisma.Decimal;
};

/**
 * Converts an amount into the project's currency: the rate (per 1 EUR) of the item's currency over that of the
 * project's, averaged over `months` where there are several, and the result rounded half-up to the cent once.
 * Returns the first missing rate instead when one is not known.
 */
export function convert(
  amount: Prisma.Decimal,
  from: string,
  to: string,
  months: Date[],
  rates: RateBook,
): Conversion | MissingRate {
  const rateMonth = months[0]!;
  if (from === to) return { rate: ONE, rateMonth, isAverage: false, converted: amount.toDecimalPlaces(2) };
  const perEuro = (currency: string): Prisma.Decimal | MissingRate => {
    if (currency === BASE_CURRENCY) return ONE;
    let sum = new Prisma.Decimal(0);
    for (const month of months) {
      const rate = rates(currency, month);
      if (!rate) return { currency, month };
      sum = sum.plus(rate);
    }
    return sum.dividedBy(months.length);
  };
  const fromRate = perEuro(from);
  if (!(fromRate instanceof Prisma.Decimal)) return fromRate;
  const toRate = perEuro(to);
  if (!(toRate instanceof Prisma.Decimal)) return toRate;
  const rate = fromRate.dividedBy(toRate).toDecimalPlaces(RATE_DECIMALS, Prisma.Decimal.ROUND_HALF_UP);
  return {
    rate,
    rateMonth,
    isAverage: months.length > 1,
    converted: amount.dividedBy(rate).toDecimalPlaces(2, Prisma.Decimal.ROUND_HALF_UP),
  };
}

export function isMissingRate(result: Conversion | MissingRate): result is MissingRate {
  return "currency" in result && !("rate" in result);
}

/** Office and administration: the category a flat rate computes. */
export const FLAT_RATE_CATEGORY = "OFFICE_AND_ADMINISTRATION" satisfies CostCategory;

/** Office and administration as a flat rate of staff costs: `percent` % of `staff`, half-up to the cent. */
export function flatRateAmount(staff: Prisma.Decimal, percent: Prisma.Decimal): Prisma.Decimal {
  return staff.times(percent).dividedBy(100).toDecimalPlaces(2, Prisma.Decimal.ROUND_HALF_UP);
}

/**
 * An amount per cost category where a flat rate (`percent`, or none) computes office and administration from the
 * staff costs instead of its own items.
 */
export function withFlatRate(
  amountOf: (category: CostCategory) => Prisma.Decimal,
  percent: Prisma.Decimal | null,
): (category: CostCategory) => Prisma.Decimal {
  return (category) =>
    category === FLAT_RATE_CATEGORY && percent ? flatRateAmount(amountOf("STAFF"), percent) : amountOf(category);
}
