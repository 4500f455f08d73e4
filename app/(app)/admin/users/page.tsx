import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import { UserActiveButton } from "@/components/user/user-active-button";
import { requireUserWithRole } from "@/lib/auth/session";
import { findUsers } from "@/lib/dal/users";
import { getTranslations } from "next-intl/server";
import { getDisplay } from "@/lib/i18n/display";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Users"))("title") };
}

export default async function UsersPage() {
  const [t, labels, display] = await Promise.all([getTranslations("Users"), getTranslations("Labels"), getDisplay()]);
  const user = await requireUserWithRole(["ADMIN"]);
  const { users, invitations } = await findUsers(user);
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        actions={
          <>
            <Button asChild variant="secondary">
              <Link href="/admin/outbox">{t("outbox")}</Link>
            </Button>
            <Button asChild>
              <Link href="/admin/users/invite">{t("invite")}</Link>
            </Button>
          </>
        }
      />
      <Card aria-labelledby="users-heading">
        <CardTitle id="users-heading">{t("accounts")}</CardTitle>
        <Table caption={t("accounts")}>
          <thead>
            <tr>
              <Th>{t("name")}</Th>
              <Th>{t("email")}</Th>
              <Th>{t("role")}</Th>
              <Th>{t("organisation")}</Th>
              <Th>{t("projects")}</Th>
              <Th>{t("status")}</Th>
              <Th>{t("actions")}</Th>
            </tr>
          </thead>
          <tbody>
            {users.map((account) => (
              <tr key={account.id}>
                <Td className="font-medium">{account.name}</Td>
                <Td>{account.email}</Td>
                <Td>{labels(`userRole.${account.role}`)}</Td>
                <Td>{account.organisation?.name ?? "—"}</Td>
                <Td>
                  {account.memberships
                    .map((membership) => `${membership.project.acronym} (${t(`membership.${membership.role}`)})`)
                    .join(", ") || "—"}
                </Td>
                <Td>
                  {account.deactivatedAt ? (
                    <Badge tone="danger">{t("deactivated")}</Badge>
                  ) : (
                    <Badge tone="success">{t("active")}</Badge>
                  )}
                  <span className="block text-xs text-slate-500">
                    {account.lastSignInAt
                      ? t("lastSignedIn", { date: display.date(account.lastSignInAt) })
                      : t("neverSignedIn")}
                  </span>
                </Td>
                <Td>
                  {account.id === user.id ? (
                    <span className="text-slate-500">{t("you")}</span>
                  ) : (
                    <UserActiveButton userId={account.id} name={account.name} isActive={!account.deactivatedAt} />
                  )}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>
      <Card aria-labelledby="invitations-heading">
        <CardTitle id="invitations-heading">{t("openInvitations")}</CardTitle>
        {invitations.length === 0 ? (
          <EmptyState title={t("noOpenInvitations")} />
        ) : (
          <Table caption={t("openInvitations")}>
            <thead>
              <tr>
                <Th>{t("name")}</Th>
                <Th>{t("email")}</Th>
                <Th>{t("role")}</Th>
                <Th>{t("expires")}</Th>
              </tr>
            </thead>
            <tbody>
              {invitations.map((invitation) => (
                <tr key={invitation.id}>
                  <Td>{invitation.name}</Td>
                  <Td>{invitation.email}</Td>
                  <Td>{labels(`userRole.${invitation.role}`)}</Td>
                  <Td>{display.date(invitation.expiresAt)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </div>
  );
}
