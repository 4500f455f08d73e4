import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader, projectCrumbs } from "@/components/layout/page-header";
import { WorkPackageForm } from "@/components/project/work-plan-forms";
import { loadPlanPage } from "@/lib/pages/plan-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Pages"))("newWorkPackage") };
}

export default async function NewWorkPackagePage({ params }: { params: Promise<{ projectId: string }> }) {
  const t = await getTranslations("Pages");
  const { project, plan } = await loadPlanPage(params);
  const nextNumber = Math.max(0, ...project.workPackages.map((workPackage) => workPackage.number)) + 1;
  return (
    <div className="space-y-6">
      <PageHeader crumbs={projectCrumbs(project)} title={t("newWorkPackageOf", { acronym: project.acronym })} />
      <WorkPackageForm
        plan={plan}
        partners={project.partnerOptions}
        workPackage={{
          projectId: project.id,
          number: nextNumber,
          title: "",
          objective: "",
          leadPartnerId: "",
          startMonth: 1,
          endMonth: project.durationMonths,
        }}
      />
    </div>
  );
}
