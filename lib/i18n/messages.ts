import { createTranslator } from "use-intl/core";
import en from "@/messages/en.json";
import ro from "@/messages/ro.json";
import { DEFAULT_LOCALE, isLocale, type Locale } from "./locales";

export type Messages = typeof en;

const MESSAGES: Record<Locale, Messages> = { en, ro };

export function messagesFor(locale: Locale): Messages {
  return MESSAGES[locale];
}

/** A translator outside a request (e-mails, jobs), for a user's stored language. */
export function translatorFor(locale: string) {
  const known = isLocale(locale) ? locale : DEFAULT_LOCALE;
  return createTranslator({ locale: known, messages: MESSAGES[known] });
}
