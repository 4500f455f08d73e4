import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader, projectCrumbs } from "@/components/layout/page-header";
import { DeliverableForm } from "@/components/project/work-plan-forms";
import { EmptyState } from "@/components/ui/empty-state";
import { loadPlanPage } from "@/lib/pages/plan-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Pages"))("newDeliverable") };
}

export default async function NewDeliverablePage({ params }: { params: Promise<{ projectId: string }> }) {
  const t = await getTranslations("Pages");
  const { project, plan } = await loadPlanPage(params);
  return (
    <div className="space-y-6">
      <PageHeader crumbs={projectCrumbs(project)} title={t("newDeliverableOf", { acronym: project.acronym })} />
      {project.workPackages.length === 0 ? (
        <EmptyState title={t("addWorkPackageFirst")}>{t("addWorkPackageFirstHint")}</EmptyState>
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
            dueMonth: "",
          }}
        />
      )}
    </div>
  );
}
