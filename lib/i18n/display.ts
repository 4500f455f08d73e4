import "server-only";
import { getLocale, getTimeZone } from "next-intl/server";
import { displayFor, type Display } from "@/lib/format/display";
import { formatLocaleOf } from "./locales";

/** The display formats of this request's language, for server components. */
export async function getDisplay(): Promise<Display> {
  const [locale, timeZone] = await Promise.all([getLocale(), getTimeZone()]);
  return displayFor(formatLocaleOf(locale), timeZone);
}
