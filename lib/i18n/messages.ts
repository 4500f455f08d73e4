import { createTranslator } from "use-intl/core";
import en from "@/messages/en.json";
import ro from "@/messages/ro.json";
import { supportedLocale, type Locale } from "./locales";

export type Messages = typeof en;

const MESSAGES: Record<Locale, Messages> = { en, ro };

export function messagesFor(locale: Locale): Messages {
  return MESSAGES[locale];
}

const translators = new Map<Locale, ReturnType<typeof createTranslator<Messages>>>();

/** A translator outside a request (e-mails, jobs, feeds), for a user's stored language (unset: the default). */
export function translatorFor(stored: string | null) {
  const locale = supportedLocale(stored);
  let translator = translators.get(locale);
  if (!translator) {
    translator = createTranslator({ locale, messages: MESSAGES[locale] });
    translators.set(locale, translator);
  }
  return translator;
}
