import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { InviteUserForm } from "@/components/user/invite-user-form";
import { requireUserWithRole } from "@/lib/auth/session";
import { findInvitationOptions } from "@/lib/dal/invitations";
import { organisationOptions } from "@/lib/format/options";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Pages"))("inviteUser") };
}

export default async function InviteUserPage() {
  const t = await getTranslations("Pages");
  const user = await requireUserWithRole(["ADMIN"]);
  const { organisations, projects } = await findInvitationOptions(user);
  return (
    <div className="space-y-6">
      <PageHeader crumbs={[{ href: "/admin/users", section: "users" }]} title={t("inviteUserTitle")} />
      <InviteUserForm
        organisations={organisationOptions(organisations)}
        projects={projects.map((project) => ({ value: project.id, label: project.acronym }))}
      />
    </div>
  );
}
