/**
 * The interface languages. A language is switched on by adding its messages file (messages/<code>.json,
 * with every key of en.json) and its code here; the others listed in PLANNED_LOCALES are the network's
 * languages waiting for a translation.
 */
export const LOCALES = ["en", "ro"] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = "en";

export const PLANNED_LOCALES = ["bg", "el", "sr", "tr"] as const;

/** Each language named in itself, as a language menu shows it. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: "English",
  ro: "Română",
};

/** The regional format each language uses for dates, numbers and money. */
export const FORMAT_LOCALES: Record<Locale, string> = {
  en: "en-GB",
  ro: "ro-RO",
};

/** The cookie that carries the chosen language between requests (next-intl's usual name). */
export const LOCALE_COOKIE = "NEXT_LOCALE";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The language to use for a stored or requested value: the default for anything not supported (or unset). */
export function supportedLocale(value: unknown): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

/** The regional format (for dates, numbers, money) of a stored or requested language. */
export function formatLocaleOf(value: unknown): string {
  return FORMAT_LOCALES[supportedLocale(value)];
}

/** The best supported language for an Accept-Language header, or the default. */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale {
  if (!header) return DEFAULT_LOCALE;
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag, ...params] = part.trim().split(";");
      const quality = params.map((param) => param.trim()).find((param) => param.startsWith("q="));
      return { language: (tag ?? "").toLowerCase().split("-")[0], q: quality ? Number(quality.slice(2)) : 1 };
    })
    .filter((entry) => entry.language && Number.isFinite(entry.q) && entry.q > 0)
    .sort((a, b) => b.q - a.q);
  return ranked.map((entry) => entry.language).find(isLocale) ?? DEFAULT_LOCALE;
}
