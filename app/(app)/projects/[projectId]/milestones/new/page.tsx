import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader, projectCrumbs } from "@/components/layout/page-header";
import { MilestoneForm } from "@/components/project/work-plan-forms";
import { loadPlanPage } from "@/lib/pages/plan-page";
import { nextMilestoneNumber } from "@/lib/dal/milestones";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Pages"))("newMilestone") };
}

export default async function NewMilestonePage({ params }: { params: Promise<{ projectId: string }> }) {
  const t = await getTranslations("Pages");
  const { project, plan } = await loadPlanPage(params);
  return (
    <div className="space-y-6">
      <PageHeader crumbs={projectCrumbs(project)} title={t("newMilestoneOf", { acronym: project.acronym })} />
      <MilestoneForm
        plan={plan}
        workPackages={project.workPackageOptions}
        milestone={{
          projectId: project.id,
          number: await nextMilestoneNumber(project.id),
          title: "",
          workPackageId: "",
          dueMonth: "",
          meansOfVerification: "",
        }}
      />
    </div>
  );
}
