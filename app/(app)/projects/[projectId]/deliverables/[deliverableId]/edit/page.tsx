import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PageHeader, projectCrumbs } from "@/components/layout/page-header";
import { DeliverableForm } from "@/components/project/work-plan-forms";
import { loadPlanPage } from "@/lib/pages/plan-page";
import { getDeliverableForEdit } from "@/lib/dal/deliverables";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Pages"))("editDeliverable") };
}

export default async function EditDeliverablePage({
  params,
}: {
  params: Promise<{ projectId: string; deliverableId: string }>;
}) {
  const t = await getTranslations("Pages");
  const { user, project, plan } = await loadPlanPage(params);
  const deliverable = await getDeliverableForEdit(user, project.id, (await params).deliverableId);
  if (!deliverable) notFound();
  return (
    <div className="space-y-6">
      <PageHeader
        crumbs={projectCrumbs(project)}
        title={t("editItemOf", { item: deliverable.number, acronym: project.acronym })}
      />
      <DeliverableForm
        plan={plan}
        partners={project.partnerOptions}
        workPackages={project.workPackageOptions}
        deliverable={{ ...deliverable, projectId: project.id, description: deliverable.description ?? "" }}
      />
    </div>
  );
}
