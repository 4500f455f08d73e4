import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { clientMessagesFor, type SectionNamespace } from "@/lib/i18n/client-messages";
import { supportedLocale } from "@/lib/i18n/locales";

/**
 * Sends the browser, for the pages below a section's layout, the messages their client components read beyond the
 * shell's: a form's labels travel with the form's pages, not with every page. It replaces the messages above it, so
 * a section names all it needs; client-messages.test.ts checks every page against its nearest layout's list.
 */
export async function ClientMessages({
  namespaces,
  children,
}: {
  namespaces: readonly SectionNamespace[];
  children: ReactNode;
}) {
  const locale = supportedLocale(await getLocale());
  return <NextIntlClientProvider messages={clientMessagesFor(locale, namespaces)}>{children}</NextIntlClientProvider>;
}
