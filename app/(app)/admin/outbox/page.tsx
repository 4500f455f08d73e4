import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { requireUserWithRole } from "@/lib/auth/session";
import { findOutbox } from "@/lib/dal/outbox";
import { formatDateTime } from "@/lib/format/display";

export const metadata: Metadata = { title: "Outbox" };

export default async function OutboxPage() {
  const user = await requireUserWithRole(["ADMIN"]);
  const emails = await findOutbox(user);
  return (
    <div className="space-y-6">
      <PageHeader
        crumbs={[{ href: "/admin/users", label: "Users" }]}
        title="Outbox"
        subtitle="E-mail the app has written. No SMTP server is configured, so messages stay here: pass links on by hand."
      />
      {emails.length === 0 ? (
        <EmptyState title="No e-mail yet" />
      ) : (
        <ul className="space-y-4">
          {emails.map((email) => (
            <li key={email.id}>
              <Card aria-label={`E-mail to ${email.to}: ${email.subject}`}>
                <p className="text-sm text-slate-600">
                  To {email.to} · {formatDateTime(email.createdAt)}
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
