/** Display formats. Calendar dates are stored at midnight UTC and shown in UTC, so they never shift a day. */

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const monthFormat = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });
const countryNames = new Intl.DisplayNames(["en"], { type: "region" });

export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

/** A moment to the minute, in UTC, said so: "21 Jan 2016, 14:05 UTC". */
export function formatDateTime(date: Date): string {
  return `${formatDate(date)}, ${date.toISOString().slice(11, 16)} UTC`;
}

export function formatMonthYear(date: Date): string {
  return monthFormat.format(date);
}

/** ISO yyyy-mm-dd, for machine-readable <time dateTime>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * Money from an exact decimal string (Prisma's Decimal.toString()): Intl formats the string itself,
 * so no float rounding creeps in.
 */
export function formatMoney(amount: { toString(): string } | string, currency: string): string {
  const value = typeof amount === "string" ? amount : amount.toString();
  return new Intl.NumberFormat("en-GB", { style: "currency", currency }).format(
    value as unknown as number, // Intl.NumberFormat formats decimal strings exactly (ES2023).
  );
}

export function formatPercent(rate: { toString(): string } | string): string {
  const value = Number(typeof rate === "string" ? rate : rate.toString());
  return new Intl.NumberFormat("en-GB", { style: "percent", maximumFractionDigits: 2 }).format(value);
}

export function countryName(code: string): string {
  try {
    return countryNames.of(code) ?? code;
  } catch {
    return code;
  }
}
