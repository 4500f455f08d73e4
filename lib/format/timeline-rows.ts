import type { ProjectTimeline } from "@/lib/dal/timeline";
import { DELIVERABLE_STATUS_LABELS, OPEN_DELIVERABLE_STATUSES } from "./labels";
import { projectMonthEnd } from "./project-months";

/** One row of a Gantt chart. */
export type GanttRow = {
  id: string;
  group: string;
  label: string;
  detail?: string;
  /** First and last project month of a bar; a point (deliverable, milestone) has from = to and `isPoint`. */
  from: number;
  to: number;
  isPoint?: boolean;
  /** Said in words in the label and the table, so that colour is never the only sign. */
  state?: string;
  tone: "period" | "workPackage" | "deliverable" | "deliverableDone" | "milestone" | "late";
};

/** The rows of a project's Gantt, in the order people read a work plan. */
export function timelineRows(project: ProjectTimeline, today: Date): GanttRow[] {
  const isLate = (month: number) => projectMonthEnd(project.startDate, month) < today;
  return [
    ...project.reportingPeriods.map((period) => ({
      id: period.id,
      group: "Reporting periods",
      label: `P${period.number}`,
      from: period.startMonth,
      to: period.endMonth,
      tone: "period" as const,
    })),
    ...project.workPackages.map((workPackage) => ({
      id: workPackage.id,
      group: "Work packages",
      label: `WP${workPackage.number} ${workPackage.title}`,
      detail: workPackage.leadPartner ? `Led by ${workPackage.leadPartner.organisation.name}` : undefined,
      from: workPackage.startMonth,
      to: workPackage.endMonth,
      tone: "workPackage" as const,
    })),
    ...project.deliverables.map((deliverable) => {
      const isOpen = OPEN_DELIVERABLE_STATUSES.includes(deliverable.status);
      const overdue = isOpen && isLate(deliverable.dueMonth);
      return {
        id: deliverable.id,
        group: "Deliverables",
        label: `${deliverable.number} ${deliverable.title}`,
        state: `${DELIVERABLE_STATUS_LABELS[deliverable.status].toLowerCase()}${overdue ? ", overdue" : ""}`,
        from: deliverable.dueMonth,
        to: deliverable.dueMonth,
        isPoint: true,
        tone: overdue ? ("late" as const) : isOpen ? ("deliverable" as const) : ("deliverableDone" as const),
      };
    }),
    ...project.milestones.map((milestone) => {
      const overdue = !milestone.achievedOn && isLate(milestone.dueMonth);
      return {
        id: milestone.id,
        group: "Milestones",
        label: `MS${milestone.number} ${milestone.title}`,
        state: milestone.achievedOn ? "reached" : overdue ? "overdue" : "open",
        from: milestone.dueMonth,
        to: milestone.dueMonth,
        isPoint: true,
        tone: overdue ? ("late" as const) : ("milestone" as const),
      };
    }),
  ];
}
