import ro from "@/messages/errors/ro.json";
import { DEFAULT_LOCALE, type Locale } from "./locales";

/**
 * Messages written by the server and the shared zod schemas are English sentences. Other languages
 * translate them here, keyed by their English text (messages/errors/<code>.json): exact sentences first,
 * then patterns for sentences with values in them, whose captured phrases ("the total cost") are
 * translated through the terms list. Anything unknown is shown as it is.
 */
type Catalogue = { exact: Record<string, string>; patterns: [string, string][]; terms: Record<string, string> };

const CATALOGUES: Partial<Record<Locale, Catalogue>> = { ro: ro as unknown as Catalogue };

const compiled = new Map<Locale, [RegExp, string][]>();

function patternsOf(locale: Locale, catalogue: Catalogue): [RegExp, string][] {
  let patterns = compiled.get(locale);
  if (!patterns) {
    patterns = catalogue.patterns.map(([source, template]) => [new RegExp(source, "u"), template]);
    compiled.set(locale, patterns);
  }
  return patterns;
}

function term(catalogue: Catalogue, phrase: string): string {
  const lowered = phrase.charAt(0).toLowerCase() + phrase.slice(1);
  return catalogue.terms[phrase] ?? catalogue.terms[lowered] ?? catalogue.exact[phrase] ?? phrase;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function translateMessage(message: string, locale: string): string {
  if (locale === DEFAULT_LOCALE) return message;
  const catalogue = CATALOGUES[locale as Locale];
  if (!catalogue) return message;
  const exact = catalogue.exact[message];
  if (exact) return exact;
  for (const [pattern, template] of patternsOf(locale as Locale, catalogue)) {
    const match = pattern.exec(message);
    if (!match) continue;
    // {1} a translated phrase, {1^} the same capitalised, {1=} the value as it is, {1*} a whole sentence.
    return template.replace(/\{(\d)([=^*]?)\}/g, (_whole, index: string, mode: string) => {
      const value = match[Number(index)] ?? "";
      if (mode === "=") return value;
      if (mode === "*") return translateMessage(value, locale);
      const translated = term(catalogue, value);
      return mode === "^" ? capitalise(translated) : translated;
    });
  }
  return message;
}
