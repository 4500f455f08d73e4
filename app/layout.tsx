import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { TimeZoneReporter } from "@/components/layout/time-zone-reporter";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { clientMessagesFor } from "@/lib/i18n/client-messages";
import { supportedLocale } from "@/lib/i18n/locales";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("App");
  return {
    title: { default: "Consortia", template: "%s · Consortia" },
    description: t("description"),
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = supportedLocale(await getLocale());
  return (
    <html lang={locale}>
      <body className="min-h-screen">
        <NextIntlClientProvider messages={clientMessagesFor(locale)}>
          <TimeZoneReporter />
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
