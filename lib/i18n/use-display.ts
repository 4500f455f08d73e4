import { useLocale, useTimeZone } from "next-intl";
import { displayFor, type Display } from "@/lib/format/display";
import { formatLocaleOf } from "./locales";

/** The display formats of the page's language, for components that are not async (server or client). */
export function useDisplay(): Display {
  return displayFor(formatLocaleOf(useLocale()), useTimeZone());
}
