import type { Metadata } from "next";
import { PageHeader, projectCrumbs } from "@/components/layout/page-header";
import { MilestoneForm } from "@/components/project/work-plan-forms";
import { loadPlanPage } from "@/lib/dal/plan-page";
import { nextMilestoneNumber } from "@/lib/dal/work-plan";

export const metadata: Metadata = { title: "New milestone" };

export default async function NewMilestonePage({ params }: { params: Promise<{ projectId: string }> }) {
  const { project, plan } = await loadPlanPage(params);
  return (
    <div className="space-y-6">
      <PageHeader crumbs={projectCrumbs(project)} title={`New milestone of ${project.acronym}`} />
      <MilestoneForm
        plan={plan}
        workPackages={project.workPackageOptions}
        milestone={{ projectId: project.id, number: await nextMilestoneNumber(project.id), title: "", workPackageId: "", dueMonth: "" as unknown as number, meansOfVerification: "" }}
      />
    </div>
  );
}
