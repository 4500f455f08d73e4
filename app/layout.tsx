import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { TimeZoneReporter } from "@/components/layout/time-zone-reporter";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("App");
  return {
    title: { default: "Consortia", template: "%s · Consortia" },
    description: t("description"),
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="min-h-screen">
        <NextIntlClientProvider>
          <TimeZoneReporter />
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
