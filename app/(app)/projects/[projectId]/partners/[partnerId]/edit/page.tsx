import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PageHeader, projectCrumbs } from "@/components/layout/page-header";
import { PartnerForm } from "@/components/project/partner-form";
import { requireUser } from "@/lib/auth/session";
import { findOrganisationOptions } from "@/lib/dal/organisations";
import { getPartnerForEdit } from "@/lib/dal/partners";
import { getProjectHeading } from "@/lib/pages/plan-page";
import { organisationOptions } from "@/lib/format/options";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Pages"))("editPartner") };
}

export default async function EditPartnerPage({
  params,
}: {
  params: Promise<{ projectId: string; partnerId: string }>;
}) {
  const t = await getTranslations("Pages");
  const user = await requireUser();
  const { projectId, partnerId } = await params;
  const project = await getProjectHeading(user, projectId, "partners");
  const [partner, organisations] = await Promise.all([
    getPartnerForEdit(user, projectId, partnerId),
    findOrganisationOptions(),
  ]);
  if (!partner) notFound();
  return (
    <div className="space-y-6">
      <PageHeader crumbs={projectCrumbs(project)} title={t("editPartnerOf", { acronym: project.acronym })} />
      <PartnerForm
        currency={project.currency}
        organisations={organisationOptions(organisations)}
        partner={{ ...partner, projectId, budgetAmount: partner.budgetAmount.toString() }}
      />
    </div>
  );
}
