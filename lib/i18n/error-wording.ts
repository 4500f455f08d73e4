import { createTranslator } from "next-intl";
import type { Locale } from "./locales";
import type { Translate } from "./message";

const loading = new Map<Locale, Promise<Translate>>();

/**
 * The error sentences and terms a form's checks are worded in (ErrorMessages, ErrorTerms), for the browser: fetched
 * once per language, as a script the browser caches, when the first form of a visit appears. Sent inline they would
 * weigh 18 KB on every page, most of which show no form. A failed fetch is forgotten, so that the next check tries
 * again.
 */
export function loadErrorWording(locale: Locale): Promise<Translate> {
  let wording = loading.get(locale);
  if (!wording) {
    const catalogue = locale === "ro" ? import("@/messages/ro.json") : import("@/messages/en.json");
    wording = catalogue.then(
      ({ default: messages }) =>
        createTranslator({
          locale,
          messages: { ErrorMessages: messages.ErrorMessages, ErrorTerms: messages.ErrorTerms },
        }) as unknown as Translate,
    );
    wording.catch(() => loading.delete(locale));
    loading.set(locale, wording);
  }
  return wording;
}
