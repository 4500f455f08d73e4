import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader, projectCrumbs } from "@/components/layout/page-header";
import { PartnerForm } from "@/components/project/partner-form";
import { requireUser } from "@/lib/auth/session";
import { findOrganisationOptions } from "@/lib/dal/organisations";
import { getProjectHeading } from "@/lib/pages/plan-page";
import { organisationOptions } from "@/lib/format/options";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Pages"))("addPartner") };
}

export default async function NewPartnerPage({ params }: { params: Promise<{ projectId: string }> }) {
  const t = await getTranslations("Pages");
  const user = await requireUser();
  const project = await getProjectHeading(user, (await params).projectId, "partners");
  const organisations = await findOrganisationOptions();
  return (
    <div className="space-y-6">
      <PageHeader crumbs={projectCrumbs(project)} title={t("addPartnerTo", { acronym: project.acronym })} />
      <PartnerForm
        currency={project.currency}
        organisations={organisationOptions(organisations)}
        partner={{ projectId: project.id, organisationId: "", role: "PARTNER", budgetAmount: "" }}
      />
    </div>
  );
}
