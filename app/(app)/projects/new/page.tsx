import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { NewProjectForm } from "@/components/project/project-form";
import { requireUserWithRole } from "@/lib/auth/session";
import { FUNDING_MANAGERS } from "@/lib/access/permissions";
import { findOrganisationOptions } from "@/lib/dal/organisations";
import { findProjectFormOptions } from "@/lib/dal/projects";
import { organisationOptions } from "@/lib/format/options";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Pages"))("newProject") };
}

export default async function NewProjectPage() {
  const t = await getTranslations("Pages");
  await requireUserWithRole(FUNDING_MANAGERS);
  const [options, organisations] = await Promise.all([findProjectFormOptions(), findOrganisationOptions()]);
  return (
    <div className="space-y-6">
      <PageHeader crumbs={[{ href: "/projects", section: "projects" }]} title={t("newProject")} />
      <NewProjectForm options={{ ...options, organisations: organisationOptions(organisations) }} />
    </div>
  );
}
