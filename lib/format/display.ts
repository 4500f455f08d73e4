/**
 * Display formats, in a regional format (en-GB unless a language says otherwise). Calendar dates are
 * stored at midnight UTC and shown in UTC, so they never shift a day; moments (an upload, a status change) are
 * shown in the reader's time zone, named beside the time.
 */

const DEFAULT_FORMAT_LOCALE = "en-GB";

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.DisplayNames>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.DisplayNames>(key: string, make: () => T): T {
  let format = cache.get(key) as T | undefined;
  if (!format) {
    format = make();
    cache.set(key, format);
  }
  return format;
}

export function formatDate(date: Date, locale = DEFAULT_FORMAT_LOCALE): string {
  return cached(
    `date:${locale}`,
    () => new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }),
  ).format(date);
}

/**
 * A moment to the minute in a time zone, the zone named: "21 Jan 2016, 14:05 UTC", "21 Jan 2016, 16:05 EET". An
 * unknown zone falls back to UTC.
 */
export function formatDateTime(date: Date, locale = DEFAULT_FORMAT_LOCALE, timeZone = "UTC"): string {
  if (timeZone !== "UTC") {
    try {
      const day = cached(
        `date:${locale}:${timeZone}`,
        () => new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", year: "numeric", timeZone }),
      ).format(date);
      const time = cached(
        `time:${locale}:${timeZone}`,
        () =>
          new Intl.DateTimeFormat(locale, {
            hour: "2-digit",
            minute: "2-digit",
            hourCycle: "h23",
            timeZone,
            timeZoneName: "short",
          }),
      ).formatToParts(date);
      const part = (type: Intl.DateTimeFormatPartTypes) => time.find((each) => each.type === type)?.value ?? "";
      return `${day}, ${part("hour")}:${part("minute")} ${part("timeZoneName")}`;
    } catch (error) {
      // A zone the runtime does not know (Intl refuses to build its format, which is then not cached): UTC.
      if (!(error instanceof RangeError)) throw error;
    }
  }
  return `${formatDate(date, locale)}, ${date.toISOString().slice(11, 16)} UTC`;
}

/** Whether the runtime knows this IANA time zone (a browser's cookie may say anything). */
export function isTimeZone(value: string | undefined | null): value is string {
  if (!value || value.length > 64) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export function formatMonthYear(date: Date, locale = DEFAULT_FORMAT_LOCALE): string {
  return cached(
    `month:${locale}`,
    () => new Intl.DateTimeFormat(locale, { month: "short", year: "numeric", timeZone: "UTC" }),
  ).format(date);
}

/** ISO yyyy-mm-dd, for machine-readable <time dateTime>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * Money from an exact decimal string (Prisma's Decimal.toString()): Intl formats the string itself,
 * so no float rounding creeps in.
 */
export function formatMoney(
  amount: { toString(): string } | string,
  currency: string,
  locale = DEFAULT_FORMAT_LOCALE,
): string {
  const value = typeof amount === "string" ? amount : amount.toString();
  return cached(
    `money:${locale}:${currency}`,
    () => new Intl.NumberFormat(locale, { style: "currency", currency }),
  ).format(
    value as unknown as number, // Intl.NumberFormat formats decimal strings exactly (ES2023).
  );
}

/** Money rounded to whole units, for chart axes: "€109,908", "109.908 EUR". */
export function formatWholeMoney(amount: number, currency: string, locale = DEFAULT_FORMAT_LOCALE): string {
  return cached(
    `whole-money:${locale}:${currency}`,
    () =>
      new Intl.NumberFormat(locale, {
        style: "currency",
        currency,
        maximumFractionDigits: 0,
        minimumFractionDigits: 0,
      }),
  ).format(Math.round(amount));
}

export function formatPercent(rate: { toString(): string } | string, locale = DEFAULT_FORMAT_LOCALE): string {
  const value = Number(typeof rate === "string" ? rate : rate.toString());
  return cached(
    `percent:${locale}`,
    () => new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 2 }),
  ).format(value);
}

export function countryName(code: string, locale = DEFAULT_FORMAT_LOCALE): string {
  try {
    return cached(`region:${locale}`, () => new Intl.DisplayNames([locale], { type: "region" })).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A file's size as people read it: 512 B, 14.2 KB, 3.1 MB. */
export const formatFileSize = (bytes: number) =>
  bytes < 1024
    ? `${bytes} B`
    : bytes < 1024 * 1024
      ? `${(bytes / 1024).toFixed(1)} KB`
      : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Every format bound to one regional format and the reader's time zone, as pages and components use them. */
export function displayFor(locale: string, timeZone = "UTC") {
  return {
    date: (date: Date) => formatDate(date, locale),
    dateTime: (date: Date) => formatDateTime(date, locale, timeZone),
    monthYear: (date: Date) => formatMonthYear(date, locale),
    money: (amount: { toString(): string } | string, currency: string) => formatMoney(amount, currency, locale),
    wholeMoney: (amount: number, currency: string) => formatWholeMoney(amount, currency, locale),
    percent: (rate: { toString(): string } | string) => formatPercent(rate, locale),
    country: (code: string) => countryName(code, locale),
  };
}

export type Display = ReturnType<typeof displayFor>;
