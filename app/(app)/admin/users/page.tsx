import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import { UserActiveButton } from "@/components/user/user-active-button";
import { requireUserWithRole } from "@/lib/auth/session";
import { findUsers } from "@/lib/dal/user-admin";
import { formatDate } from "@/lib/format/display";
import { USER_ROLE_LABELS } from "@/lib/format/labels";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const user = await requireUserWithRole(["ADMIN"]);
  const { users, invitations } = await findUsers(user);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Users"
        actions={
          <>
            <Button asChild variant="secondary">
              <Link href="/admin/outbox">Outbox</Link>
            </Button>
            <Button asChild>
              <Link href="/admin/users/invite">Invite user</Link>
            </Button>
          </>
        }
      />
      <Card aria-labelledby="users-heading">
        <CardTitle id="users-heading">Accounts</CardTitle>
        <Table caption="Accounts">
          <thead>
            <tr>
              <Th>Name</Th>
              <Th>E-mail</Th>
              <Th>Role</Th>
              <Th>Organisation</Th>
              <Th>Projects</Th>
              <Th>Status</Th>
              <Th>Actions</Th>
            </tr>
          </thead>
          <tbody>
            {users.map((account) => (
              <tr key={account.id}>
                <Td className="font-medium">{account.name}</Td>
                <Td>{account.email}</Td>
                <Td>{USER_ROLE_LABELS[account.role]}</Td>
                <Td>{account.organisation?.name ?? "—"}</Td>
                <Td>{account.memberships.map((membership) => `${membership.project.acronym} (${membership.role.toLowerCase()})`).join(", ") || "—"}</Td>
                <Td>
                  {account.deactivatedAt ? <Badge tone="danger">Deactivated</Badge> : <Badge tone="success">Active</Badge>}
                  <span className="block text-xs text-slate-500">
                    {account.lastSignInAt ? `Last signed in ${formatDate(account.lastSignInAt)}` : "Never signed in"}
                  </span>
                </Td>
                <Td>{account.id === user.id ? <span className="text-slate-500">You</span> : <UserActiveButton userId={account.id} name={account.name} isActive={!account.deactivatedAt} />}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>
      <Card aria-labelledby="invitations-heading">
        <CardTitle id="invitations-heading">Open invitations</CardTitle>
        {invitations.length === 0 ? (
          <EmptyState title="No open invitations" />
        ) : (
          <Table caption="Open invitations">
            <thead>
              <tr>
                <Th>Name</Th>
                <Th>E-mail</Th>
                <Th>Role</Th>
                <Th>Expires</Th>
              </tr>
            </thead>
            <tbody>
              {invitations.map((invitation) => (
                <tr key={invitation.id}>
                  <Td>{invitation.name}</Td>
                  <Td>{invitation.email}</Td>
                  <Td>{USER_ROLE_LABELS[invitation.role]}</Td>
                  <Td>{formatDate(invitation.expiresAt)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </div>
  );
}
