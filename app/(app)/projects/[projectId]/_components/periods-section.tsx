import { getTranslations } from "next-intl/server";
import { RowActions, RowActionsScope } from "@/components/project/row-actions";
import { Card, CardHeading } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { deleteReportingPeriodAction } from "@/lib/actions/reporting-periods";
import type { ProjectDetail } from "@/lib/dal/projects";
import { getDisplay } from "@/lib/i18n/display";
import { monthRange } from "./month-range";

export async function PeriodsSection({ project, canPlan }: { project: ProjectDetail["project"]; canPlan: boolean }) {
  const [t, display] = await Promise.all([getTranslations("Project"), getDisplay()]);
  return (
    <Card aria-labelledby="periods-heading">
      <CardHeading
        id="periods-heading"
        title={t("periods")}
        actionHref={canPlan ? `/projects/${project.id}/periods/new` : null}
        actionLabel={t("addPeriod")}
      />
      {project.reportingPeriods.length === 0 ? (
        <EmptyState title={t("noPeriods")} />
      ) : (
        <RowActionsScope
          kind={
            canPlan
              ? {
                  projectId: project.id,
                  folder: "periods",
                  deleteAction: deleteReportingPeriodAction,
                  deleteDescription: t("deletePeriodDescription"),
                }
              : null
          }
        >
          <ul className="space-y-1 text-sm">
            {project.reportingPeriods.map((period) => (
              <li key={period.id} className="flex flex-wrap items-center justify-between gap-2">
                <span>
                  <span className="font-medium">P{period.number}</span>{" "}
                  {monthRange(display, project.startDate, period.startMonth, period.endMonth)}
                </span>
                {canPlan ? <RowActions id={period.id} itemLabel={`P${period.number}`} /> : null}
              </li>
            ))}
          </ul>
        </RowActionsScope>
      )}
    </Card>
  );
}
