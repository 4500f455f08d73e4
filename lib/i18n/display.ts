import "server-only";
import { getLocale } from "next-intl/server";
import { displayFor, type Display } from "@/lib/format/display";
import { formatLocaleOf } from "./locales";

/** The display formats of this request's language, for server components. */
export async function getDisplay(): Promise<Display> {
  return displayFor(formatLocaleOf(await getLocale()));
}
