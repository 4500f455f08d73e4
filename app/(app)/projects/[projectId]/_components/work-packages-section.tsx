import { getTranslations } from "next-intl/server";
import { RowActions, RowActionsScope } from "@/components/project/row-actions";
import { Card, CardHeading } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { RecordTable } from "@/components/ui/record-table";
import { deleteWorkPackageAction } from "@/lib/actions/work-packages";
import type { ProjectDetail } from "@/lib/dal/projects";
import { getDisplay } from "@/lib/i18n/display";
import { monthRange } from "./month-range";

export async function WorkPackagesSection({
  project,
  canPlan,
}: {
  project: ProjectDetail["project"];
  canPlan: boolean;
}) {
  const [t, display] = await Promise.all([getTranslations("Project"), getDisplay()]);
  return (
    <Card aria-labelledby="work-packages-heading">
      <CardHeading
        id="work-packages-heading"
        title={t("workPackages")}
        actionHref={canPlan ? `/projects/${project.id}/work-packages/new` : null}
        actionLabel={t("addWorkPackage")}
      />
      {project.workPackages.length === 0 ? (
        <EmptyState title={t("noWorkPackages")} />
      ) : (
        <RowActionsScope
          kind={
            canPlan
              ? {
                  projectId: project.id,
                  folder: "work-packages",
                  deleteAction: deleteWorkPackageAction,
                  deleteDescription: t("deleteWorkPackageDescription"),
                }
              : null
          }
        >
          <RecordTable
            caption={t("workPackages")}
            rows={project.workPackages}
            columns={[
              { header: t("wp"), cell: (workPackage) => `WP${workPackage.number}` },
              { header: t("title"), cell: (workPackage) => workPackage.title },
              { header: t("leadPartner"), cell: (workPackage) => workPackage.leadPartner?.organisation.name ?? "—" },
              {
                header: t("monthsColumn"),
                cell: (workPackage) =>
                  monthRange(display, project.startDate, workPackage.startMonth, workPackage.endMonth),
              },
            ]}
            actionsHeader={t("actions")}
            actions={
              canPlan ? (workPackage) => <RowActions id={workPackage.id} itemLabel={`WP${workPackage.number}`} /> : null
            }
          />
        </RowActionsScope>
      )}
    </Card>
  );
}
