import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader, projectCrumbs } from "@/components/layout/page-header";
import { ReportingPeriodForm } from "@/components/project/work-plan-forms";
import { loadPlanPage } from "@/lib/dal/plan-page";
import { getReportingPeriodForEdit } from "@/lib/dal/work-plan";

export const metadata: Metadata = { title: "Edit reporting period" };

export default async function EditPeriodPage({ params }: { params: Promise<{ projectId: string; periodId: string }> }) {
  const { user, project, plan } = await loadPlanPage(params);
  const period = await getReportingPeriodForEdit(user, project.id, (await params).periodId);
  if (!period) notFound();
  return (
    <div className="space-y-6">
      <PageHeader crumbs={projectCrumbs(project)} title={`Edit P${period.number} of ${project.acronym}`} />
      <ReportingPeriodForm plan={plan} period={{ projectId: project.id, id: period.id, startMonth: period.startMonth, endMonth: period.endMonth }} />
    </div>
  );
}
