import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { CalendarFeedPanel } from "@/components/account/calendar-feed-panel";
import { PreferencesForm } from "@/components/account/preferences-form";
import { PageHeader } from "@/components/layout/page-header";
import { Card, CardTitle } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { getAccountSettings } from "@/lib/dal/account";
import { supportedLocale } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Account"))("title") };
}

export default async function AccountPage() {
  const user = await requireUser();
  const [settings, t, pageLocale] = await Promise.all([
    getAccountSettings(user),
    getTranslations("Account"),
    getLocale(),
  ]);
  // Until the user chooses, the language shown is the one the browser asked for.
  const chosen = settings.locale ?? pageLocale;
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <Card aria-labelledby="preferences-heading">
        <CardTitle id="preferences-heading">{t("preferences")}</CardTitle>
        <PreferencesForm defaultValues={{ locale: supportedLocale(chosen), emailReminders: settings.emailReminders }} />
      </Card>
      <Card aria-labelledby="calendar-heading">
        <CardTitle id="calendar-heading">{t("calendar")}</CardTitle>
        <CalendarFeedPanel hasFeed={settings.calendarTokenHash !== null} />
      </Card>
    </div>
  );
}
