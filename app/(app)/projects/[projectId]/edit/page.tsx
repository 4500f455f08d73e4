import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PageHeader, projectCrumbs } from "@/components/layout/page-header";
import { EditProjectForm } from "@/components/project/project-form";
import { requireUserWithRole } from "@/lib/auth/session";
import { FUNDING_MANAGERS } from "@/lib/access/permissions";
import { findProjectFormOptions, getProjectForEdit } from "@/lib/dal/projects";
import { toDateInput } from "@/lib/validation/common";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Pages"))("editProject") };
}

export default async function EditProjectPage({ params }: { params: Promise<{ projectId: string }> }) {
  const t = await getTranslations("Pages");
  const user = await requireUserWithRole(FUNDING_MANAGERS);
  const [project, options] = await Promise.all([
    getProjectForEdit(user, (await params).projectId),
    findProjectFormOptions(),
  ]);
  if (!project) notFound();
  const { members, cofinancingRate, ...fields } = project;
  return (
    <div className="space-y-6">
      <PageHeader crumbs={projectCrumbs(project)} title={t("editNamed", { name: project.acronym })} />
      <EditProjectForm
        options={options}
        project={{
          ...fields,
          summary: fields.summary ?? "",
          callId: fields.callId ?? "",
          grantAgreementNumber: fields.grantAgreementNumber ?? "",
          startDate: toDateInput(fields.startDate),
          totalCost: fields.totalCost.toString(),
          grantAmount: fields.grantAmount.toString(),
          cofinancingRatePercent: cofinancingRate.times(100).toString(),
          officeFlatRatePercent: fields.officeFlatRatePercent?.toString() ?? "",
          leadUserId: members[0]?.userId ?? "",
        }}
      />
    </div>
  );
}
