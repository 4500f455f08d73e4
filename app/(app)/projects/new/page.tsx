import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { NewProjectForm } from "@/components/project/project-form";
import { requireUserWithRole } from "@/lib/auth/session";
import { FUNDING_MANAGERS } from "@/lib/dal/guards";
import { findOrganisationOptions } from "@/lib/dal/organisations";
import { findProjectFormOptions } from "@/lib/dal/project-admin";
import { organisationOptions } from "@/lib/format/options";

export const metadata: Metadata = { title: "New project" };

export default async function NewProjectPage() {
  await requireUserWithRole(FUNDING_MANAGERS);
  const [options, organisations] = await Promise.all([findProjectFormOptions(), findOrganisationOptions()]);
  return (
    <div className="space-y-6">
      <PageHeader crumbs={[{ href: "/projects", label: "Projects" }]} title="New project" />
      <NewProjectForm options={{ ...options, organisations: organisationOptions(organisations) }} />
    </div>
  );
}
