/**
 * Amounts as people type them, in the decimal convention of the interface language: "1234,56" or "1.234,56" in
 * Romanian, "1234.56" or "1,234.56" in English. Whatever can only mean one thing is read in either language; what
 * could mean two (a single separator followed by exactly three digits, "1.234") is read by the language, and if
 * that makes it a decimal separator the amount has three decimals and is refused rather than misread.
 */

export type DecimalConvention = { decimal: "," | "."; thousands: "," | "." };

const POINT: DecimalConvention = { decimal: ".", thousands: "," };
const COMMA: DecimalConvention = { decimal: ",", thousands: "." };

/** The convention of a language: Romanian writes a decimal comma, English a decimal point. */
export function decimalConventionOf(locale: string): DecimalConvention {
  return locale === "ro" ? COMMA : POINT;
}

// Where the current reader's convention comes from: in the browser, the page's language; on the server, the
// request's (lib/i18n/request-decimal.ts puts it here while an action reads its input).
let currentConvention: () => DecimalConvention = () =>
  typeof document === "undefined" ? POINT : decimalConventionOf(document.documentElement.lang);

export function setDecimalConventionSource(source: () => DecimalConvention): void {
  currentConvention = source;
}

/**
 * The amount as a plain decimal ("1234.56"), or the text without its spaces if it is not one (the schema then says
 * what it expects).
 */
export function normaliseAmount(text: string, convention: DecimalConvention = currentConvention()): string {
  const compact = text.trim().replace(/[\s\u00a0\u202f']/g, "");
  const separators = compact.match(/[.,]/g) ?? [];
  if (separators.length === 0) return compact;
  const kinds = new Set(separators);
  let decimal: string | null;
  if (kinds.size === 2) {
    // Both: the last one is the decimal separator, the other groups thousands.
    decimal = compact[Math.max(compact.lastIndexOf("."), compact.lastIndexOf(","))] ?? null;
  } else {
    const [separator] = kinds as Set<"," | ".">;
    const groupsOfThree = new RegExp(`^\\d{1,3}(\\${separator}\\d{3})+$`).test(compact);
    if (groupsOfThree && (separators.length > 1 || separator === convention.thousands)) decimal = null;
    else decimal = separator ?? null;
  }
  const grouping = decimal === "." ? "," : decimal === "," ? "." : null;
  const withoutGroups = grouping ? compact.split(grouping).join("") : compact.replace(/[.,]/g, "");
  return decimal ? withoutGroups.replace(decimal, ".") : withoutGroups;
}
