import { getTranslations } from "next-intl/server";
import { DueDate } from "@/components/project/due-date";
import { RowActions, RowActionsScope } from "@/components/project/row-actions";
import { Card, CardHeading } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { deleteMilestoneAction } from "@/lib/actions/milestones";
import type { ProjectDetail } from "@/lib/dal/projects";
import { getDisplay } from "@/lib/i18n/display";

export async function MilestonesSection({ project, canPlan }: { project: ProjectDetail["project"]; canPlan: boolean }) {
  const [t, display] = await Promise.all([getTranslations("Project"), getDisplay()]);
  return (
    <Card aria-labelledby="milestones-heading">
      <CardHeading
        id="milestones-heading"
        title={t("milestones")}
        actionHref={canPlan ? `/projects/${project.id}/milestones/new` : null}
        actionLabel={t("addMilestone")}
      />
      {project.milestones.length === 0 ? (
        <EmptyState title={t("noMilestones")} />
      ) : (
        <RowActionsScope
          kind={
            canPlan
              ? {
                  projectId: project.id,
                  folder: "milestones",
                  deleteAction: deleteMilestoneAction,
                  deleteDescription: t("deleteMilestoneDescription"),
                }
              : null
          }
        >
          <ul className="space-y-2 text-sm">
            {project.milestones.map((milestone) => (
              <li key={milestone.id}>
                {canPlan ? (
                  <div className="float-right">
                    <RowActions id={milestone.id} itemLabel={`MS${milestone.number}`} />
                  </div>
                ) : null}
                <span className="font-medium">MS{milestone.number}</span> {milestone.title}
                <span className="block text-slate-600">
                  {milestone.achievedOn ? (
                    <>{t("reachedOn", { date: display.date(milestone.achievedOn) })}</>
                  ) : (
                    <DueDate
                      dueDate={milestone.dueDate}
                      dueMonth={milestone.dueMonth}
                      isOverdue={milestone.isOverdue}
                    />
                  )}
                </span>
              </li>
            ))}
          </ul>
        </RowActionsScope>
      )}
    </Card>
  );
}
