import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader, projectCrumbs } from "@/components/layout/page-header";
import { WorkPackageForm } from "@/components/project/work-plan-forms";
import { loadPlanPage } from "@/lib/dal/plan-page";
import { getWorkPackageForEdit } from "@/lib/dal/work-plan";

export const metadata: Metadata = { title: "Edit work package" };

export default async function EditWorkPackagePage({ params }: { params: Promise<{ projectId: string; workPackageId: string }> }) {
  const { user, project, plan } = await loadPlanPage(params);
  const workPackage = await getWorkPackageForEdit(user, project.id, (await params).workPackageId);
  if (!workPackage) notFound();
  return (
    <div className="space-y-6">
      <PageHeader crumbs={projectCrumbs(project)} title={`Edit WP${workPackage.number} of ${project.acronym}`} />
      <WorkPackageForm
        plan={plan}
        partners={project.partnerOptions}
        workPackage={{ ...workPackage, projectId: project.id, objective: workPackage.objective ?? "", leadPartnerId: workPackage.leadPartnerId ?? "" }}
      />
    </div>
  );
}
