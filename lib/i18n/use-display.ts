import { useLocale } from "next-intl";
import { displayFor, type Display } from "@/lib/format/display";
import { DEFAULT_LOCALE, FORMAT_LOCALES, isLocale } from "./locales";

/** The display formats of the page's language, for components that are not async (server or client). */
export function useDisplay(): Display {
  const locale = useLocale();
  return displayFor(FORMAT_LOCALES[isLocale(locale) ? locale : DEFAULT_LOCALE]);
}
