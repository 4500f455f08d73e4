import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PageHeader, projectCrumbs } from "@/components/layout/page-header";
import { ReportingPeriodForm } from "@/components/project/work-plan-forms";
import { loadPlanPage } from "@/lib/pages/plan-page";
import { getReportingPeriodForEdit } from "@/lib/dal/reporting-periods";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Pages"))("editPeriod") };
}

export default async function EditPeriodPage({ params }: { params: Promise<{ projectId: string; periodId: string }> }) {
  const t = await getTranslations("Pages");
  const { user, project, plan } = await loadPlanPage(params);
  const period = await getReportingPeriodForEdit(user, project.id, (await params).periodId);
  if (!period) notFound();
  return (
    <div className="space-y-6">
      <PageHeader
        crumbs={projectCrumbs(project)}
        title={t("editItemOf", { item: `P${period.number}`, acronym: project.acronym })}
      />
      <ReportingPeriodForm
        plan={plan}
        period={{ projectId: project.id, id: period.id, startMonth: period.startMonth, endMonth: period.endMonth }}
      />
    </div>
  );
}
