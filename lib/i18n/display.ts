import "server-only";
import { getLocale } from "next-intl/server";
import { displayFor, type Display } from "@/lib/format/display";
import { FORMAT_LOCALES, isLocale, DEFAULT_LOCALE } from "./locales";

/** The display formats of this request's language, for server components. */
export async function getDisplay(): Promise<Display> {
  const locale = await getLocale();
  return displayFor(FORMAT_LOCALES[isLocale(locale) ? locale : DEFAULT_LOCALE]);
}
