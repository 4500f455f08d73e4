import "server-only";
import { findColumns, type Table, type TableCell } from "@/lib/format/table-file";
import { messageText } from "@/lib/i18n/message";
import { zCurrency } from "@/lib/validation/common";
import { zMonthOfYear, zRate } from "@/lib/validation/exchange-rate";
import { BASE_CURRENCY } from "./conversion";

/**
 * A file of monthly rates (units per 1 EUR): InforEuro's monthly file, which names each currency by its ISO code
 * and holds one month (chosen in the form), or a plain file with a month column (`month,currency,rate`). Columns
 * are found by name; the euro itself, which InforEuro lists for the euro-area countries, is left out.
 */

export type RateColumn = "month" | "currency" | "rate";
export type RateRow = { line: number; currency: string; month: Date; rate: string };
export type RateProblem = { line: number; column: RateColumn | null; message: string };

const COLUMN_NAMES: Record<RateColumn, string[]> = {
  month: ["month", "luna"],
  // InforEuro names the currency in words and by code: the code comes first.
  currency: ["iso a3 code", "iso code", "currency code", "code", "iso", "currency", "moneda"],
  rate: ["rate", "value", "amount", "euro rate", "rate per 1 eur", "curs", "curs pentru 1 eur"],
};

/** At most a few years of a few hundred currencies. */
export const MAX_RATE_ROWS = 20_000;

export function readRateRows(table: Table, chosenMonth: Date | null): { rows: RateRow[]; problems: RateProblem[] } {
  const columns = findColumns(table.header, COLUMN_NAMES);
  const missing = (["currency", "rate"] as const).filter((column) => columns[column] === undefined);
  if (missing.length > 0)
    return {
      rows: [],
      problems: missing.map((column) => ({ line: 1, column, message: messageText("sheetMissingColumn") })),
    };
  if (columns.month === undefined && !chosenMonth)
    return { rows: [], problems: [{ line: 1, column: "month", message: messageText("rateFileNeedsMonth") }] };

  const rows: RateRow[] = [];
  const problems: RateProblem[] = [];
  const seen = new Map<string, RateRow>();
  for (const row of table.rows) {
    const cell = (column: RateColumn) => {
      const index = columns[column];
      return index === undefined ? null : (row.cells[index] ?? null);
    };
    const currency = zCurrency.safeParse(text(cell("currency")));
    const month =
      columns.month === undefined
        ? { success: true as const, data: chosenMonth! }
        : zMonthOfYear.safeParse(monthText(cell("month")));
    const rate = zRate.safeParse(text(cell("rate")));
    if (!currency.success)
      problems.push({ line: row.line, column: "currency", message: currency.error.issues[0]!.message });
    if (!month.success) problems.push({ line: row.line, column: "month", message: month.error.issues[0]!.message });
    if (currency.success && currency.data === BASE_CURRENCY) continue;
    if (!rate.success) problems.push({ line: row.line, column: "rate", message: rate.error.issues[0]!.message });
    if (!currency.success || !month.success || !rate.success) continue;
    const parsed = { line: row.line, currency: currency.data, month: month.data, rate: rate.data };
    // InforEuro lists a currency once per country that uses it: the same rate is one rate.
    const key = `${parsed.currency}:${parsed.month.toISOString()}`;
    const earlier = seen.get(key);
    if (earlier) {
      if (Number(earlier.rate) !== Number(parsed.rate))
        problems.push({
          line: row.line,
          column: "rate",
          message: messageText("rateFileConflict", { currency: parsed.currency, line: earlier.line }),
        });
      continue;
    }
    seen.set(key, parsed);
    rows.push(parsed);
  }
  return { rows, problems };
}

const text = (value: TableCell) =>
  value === null ? "" : value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim();

/** A month as 2026-03; a date cell, or a written date in it, gives its month. */
function monthText(value: TableCell): string {
  const written = text(value);
  return /^\d{4}-\d{2}-\d{2}/.test(written) ? written.slice(0, 7) : written;
}
