import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PageHeader, projectCrumbs } from "@/components/layout/page-header";
import { MilestoneForm } from "@/components/project/work-plan-forms";
import { loadPlanPage } from "@/lib/pages/plan-page";
import { getMilestoneForEdit } from "@/lib/dal/milestones";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Pages"))("editMilestone") };
}

export default async function EditMilestonePage({
  params,
}: {
  params: Promise<{ projectId: string; milestoneId: string }>;
}) {
  const t = await getTranslations("Pages");
  const { user, project, plan } = await loadPlanPage(params);
  const milestone = await getMilestoneForEdit(user, project.id, (await params).milestoneId);
  if (!milestone) notFound();
  return (
    <div className="space-y-6">
      <PageHeader
        crumbs={projectCrumbs(project)}
        title={t("editItemOf", { item: `MS${milestone.number}`, acronym: project.acronym })}
      />
      <MilestoneForm
        plan={plan}
        workPackages={project.workPackageOptions}
        milestone={{
          ...milestone,
          projectId: project.id,
          workPackageId: milestone.workPackageId ?? "",
          meansOfVerification: milestone.meansOfVerification ?? "",
        }}
      />
    </div>
  );
}
