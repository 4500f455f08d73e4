import type { Metadata } from "next";
import { PageHeader, projectCrumbs } from "@/components/layout/page-header";
import { DeliverableForm } from "@/components/project/work-plan-forms";
import { EmptyState } from "@/components/ui/empty-state";
import { loadPlanPage } from "@/lib/dal/plan-page";

export const metadata: Metadata = { title: "New deliverable" };

export default async function NewDeliverablePage({ params }: { params: Promise<{ projectId: string }> }) {
  const { project, plan } = await loadPlanPage(params);
  return (
    <div className="space-y-6">
      <PageHeader crumbs={projectCrumbs(project)} title={`New deliverable of ${project.acronym}`} />
      {project.workPackages.length === 0 ? (
        <EmptyState title="Add a work package first">Every deliverable belongs to a work package.</EmptyState>
      ) : (
        <DeliverableForm
          plan={plan}
          partners={project.partnerOptions}
          workPackages={project.workPackageOptions}
          deliverable={{
            projectId: project.id,
            number: "",
            title: "",
            description: "",
            workPackageId: "",
            responsiblePartnerId: "",
            type: "R",
            dissemination: "PU",
            dueMonth: "" as unknown as number,
          }}
        />
      )}
    </div>
  );
}
