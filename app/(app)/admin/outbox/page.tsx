import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { requireUserWithRole } from "@/lib/auth/session";
import { findOutbox } from "@/lib/dal/outbox";
import { getTranslations } from "next-intl/server";
import { getDisplay } from "@/lib/i18n/display";
import { isSmtpConfigured } from "@/lib/env";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Outbox"))("title") };
}

export default async function OutboxPage() {
  const [t, display] = await Promise.all([getTranslations("Outbox"), getDisplay()]);
  const user = await requireUserWithRole(["ADMIN"]);
  const emails = await findOutbox(user);
  return (
    <div className="space-y-6">
      <PageHeader
        crumbs={[{ href: "/admin/users", section: "users" }]}
        title={t("title")}
        subtitle={isSmtpConfigured ? t("subtitleSmtp") : t("subtitleNoSmtp")}
      />
      {emails.length === 0 ? (
        <EmptyState title={t("none")} />
      ) : (
        <ul className="space-y-4">
          {emails.map((email) => (
            <li key={email.id}>
              <Card aria-label={t("emailLabel", { to: email.to, subject: email.subject })}>
                <p className="text-sm text-slate-600">
                  {t("to", { to: email.to })} · {display.dateTime(email.createdAt)} ·{" "}
                  {email.sentAt
                    ? t("sent", { date: display.dateTime(email.sentAt) })
                    : email.failedAttempts > 0
                      ? t("refused", { count: email.failedAttempts, error: email.lastError ?? "" })
                      : t("waiting")}
                </p>
                <p className="font-semibold">{email.subject}</p>
                <pre className="mt-2 whitespace-pre-wrap break-all font-sans text-sm">{email.body}</pre>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
