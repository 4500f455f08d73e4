import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { CostCategory } from "@/generated/prisma/enums";
import { convert, FLAT_RATE_CATEGORY, isMissingRate, type Conversion, type RateBook } from "@/lib/finance/conversion";
import { projectEndDate } from "@/lib/format/project-months";
import type { ErrorKey, MessageValues } from "@/lib/i18n/message";
import { missingRateValues, type ConversionFacts } from "./expenditure-conversion";

export type ItemRuleProblem = { field: "category" | "invoiceDate" | "currency"; key: ErrorKey; values?: MessageValues };

/**
 * The rules an item keeps beyond its form's schema, for one typed in and for every line of an import alike: its
 * category is not the one the flat rate computes, its invoice date falls within the project, and its currency has
 * a rate for the months that apply. The problems in the form's order, or the item's conversion.
 */
export function checkItemRules(
  report: ConversionFacts,
  item: { category: CostCategory; invoiceDate: Date; amount: string; currency: string },
  months: Date[],
  rates: RateBook,
): { problems: ItemRuleProblem[]; conversion: Conversion | null } {
  const { project } = report;
  const problems: ItemRuleProblem[] = [];
  if (item.category === FLAT_RATE_CATEGORY && project.officeFlatRatePercent)
    problems.push({
      field: "category",
      key: "categoryIsFlatRate",
      values: { percent: project.officeFlatRatePercent.toString() },
    });
  const end = projectEndDate(project.startDate, project.durationMonths);
  if (item.invoiceDate < project.startDate || item.invoiceDate > end)
    problems.push({
      field: "invoiceDate",
      key: "invoiceDateOutsideProject",
      values: { from: project.startDate.toISOString().slice(0, 10), to: end.toISOString().slice(0, 10) },
    });
  const conversion = convert(new Prisma.Decimal(item.amount), item.currency, project.currency, months, rates);
  if (isMissingRate(conversion)) {
    problems.push({ field: "currency", key: "exchangeRateMissing", values: missingRateValues(conversion) });
    return { problems, conversion: null };
  }
  return { problems, conversion };
}
