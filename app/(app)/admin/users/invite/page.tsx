import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { InviteUserForm } from "@/components/user/invite-user-form";
import { requireUserWithRole } from "@/lib/auth/session";
import { findInvitationOptions } from "@/lib/dal/user-admin";
import { organisationOptions } from "@/lib/format/options";

export const metadata: Metadata = { title: "Invite user" };

export default async function InviteUserPage() {
  const user = await requireUserWithRole(["ADMIN"]);
  const { organisations, projects } = await findInvitationOptions(user);
  return (
    <div className="space-y-6">
      <PageHeader crumbs={[{ href: "/admin/users", label: "Users" }]} title="Invite a user" />
      <InviteUserForm
        organisations={organisationOptions(organisations)}
        projects={projects.map((project) => ({ value: project.id, label: project.acronym }))}
      />
    </div>
  );
}
