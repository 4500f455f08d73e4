import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PageHeader, projectCrumbs } from "@/components/layout/page-header";
import { WorkPackageForm } from "@/components/project/work-plan-forms";
import { loadPlanPage } from "@/lib/pages/plan-page";
import { getWorkPackageForEdit } from "@/lib/dal/work-packages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Pages"))("editWorkPackage") };
}

export default async function EditWorkPackagePage({
  params,
}: {
  params: Promise<{ projectId: string; workPackageId: string }>;
}) {
  const t = await getTranslations("Pages");
  const { user, project, plan } = await loadPlanPage(params);
  const workPackage = await getWorkPackageForEdit(user, project.id, (await params).workPackageId);
  if (!workPackage) notFound();
  return (
    <div className="space-y-6">
      <PageHeader
        crumbs={projectCrumbs(project)}
        title={t("editItemOf", { item: `WP${workPackage.number}`, acronym: project.acronym })}
      />
      <WorkPackageForm
        plan={plan}
        partners={project.partnerOptions}
        workPackage={{
          ...workPackage,
          projectId: project.id,
          objective: workPackage.objective ?? "",
          leadPartnerId: workPackage.leadPartnerId ?? "",
        }}
      />
    </div>
  );
}
