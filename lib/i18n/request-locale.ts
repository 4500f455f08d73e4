import "server-only";
import { cookies, headers } from "next/headers";
import { formatMessage, type Message, type Translate } from "./message";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, localeFromAcceptLanguage, type Locale } from "./locales";
import { translatorFor } from "./messages";

/**
 * The language of a request: the one the user chose (cookie, set at sign-in from their profile and by the
 * language menu), else the browser's preference. Outside a request (jobs, scripts) the default.
 */
export async function requestLocale(): Promise<Locale> {
  let cookieStore, headerList;
  try {
    [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  } catch {
    return DEFAULT_LOCALE;
  }
  const chosen = cookieStore.get(LOCALE_COOKIE)?.value;
  return isLocale(chosen) ? chosen : localeFromAcceptLanguage(headerList.get("accept-language"));
}

/** Words messages in the language of this request, found once for any number of them. */
export async function requestWording(): Promise<(message: Message | string) => string> {
  const translate = translatorFor(await requestLocale()) as unknown as Translate;
  return (message) => formatMessage(translate, message);
}

/** A message worded in the language of this request, for an action's result or a route's answer. */
export async function wordForRequest(message: Message | string): Promise<string> {
  return (await requestWording())(message);
}
