import type { Metadata } from "next";
import { PageHeader, projectCrumbs } from "@/components/layout/page-header";
import { ReportingPeriodForm } from "@/components/project/work-plan-forms";
import { loadPlanPage } from "@/lib/dal/plan-page";

export const metadata: Metadata = { title: "New reporting period" };

export default async function NewPeriodPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { project, plan } = await loadPlanPage(params);
  return (
    <div className="space-y-6">
      <PageHeader crumbs={projectCrumbs(project)} title={`New reporting period of ${project.acronym}`} />
      <ReportingPeriodForm plan={plan} period={{ projectId: project.id, startMonth: "" as unknown as number, endMonth: "" as unknown as number }} />
    </div>
  );
}
