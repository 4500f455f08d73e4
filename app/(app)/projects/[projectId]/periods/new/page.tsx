import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader, projectCrumbs } from "@/components/layout/page-header";
import { ReportingPeriodForm } from "@/components/project/work-plan-forms";
import { loadPlanPage } from "@/lib/pages/plan-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Pages"))("newPeriod") };
}

export default async function NewPeriodPage({ params }: { params: Promise<{ projectId: string }> }) {
  const t = await getTranslations("Pages");
  const { project, plan } = await loadPlanPage(params);
  return (
    <div className="space-y-6">
      <PageHeader crumbs={projectCrumbs(project)} title={t("newPeriodOf", { acronym: project.acronym })} />
      <ReportingPeriodForm plan={plan} period={{ projectId: project.id, startMonth: "", endMonth: "" }} />
    </div>
  );
}
