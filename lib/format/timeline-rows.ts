import type { ProjectTimeline } from "@/lib/dal/timeline";
import type { TimelineScale } from "@/lib/validation/timeline";
import { OPEN_DELIVERABLE_STATUSES } from "@/lib/workflow/deliverable-status";
import { DELIVERABLE_STATUS_LABELS } from "./labels";
import { formatDate } from "./display";
import { projectMonthEnd, projectMonthStart } from "./project-months";

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
  /** The page of the item, for deliverables and milestones. */
  href?: string;
  tone: "period" | "workPackage" | "deliverable" | "deliverableDone" | "milestone" | "late";
};

/** The colour of each kind of row, the same on the page and in the PDF. */
export const GANTT_COLOURS: Record<GanttRow["tone"], string> = {
  period: "#94a3b8",
  workPackage: "#1d5fb8",
  deliverable: "#b45309",
  deliverableDone: "#15803d",
  milestone: "#7c3aed",
  late: "#b91c1c",
};

/** The words of the rows, in one language; English (as in CSV exports) unless a page passes its own. */
export type TimelineWords = {
  groups: { periods: string; workPackages: string; deliverables: string; milestones: string };
  ledBy: (organisation: string) => string;
  statuses: Record<string, string>;
  overdue: string;
  reached: string;
  open: string;
};

const ENGLISH: TimelineWords = {
  groups: {
    periods: "Reporting periods",
    workPackages: "Work packages",
    deliverables: "Deliverables",
    milestones: "Milestones",
  },
  ledBy: (organisation) => `Led by ${organisation}`,
  statuses: DELIVERABLE_STATUS_LABELS,
  overdue: "overdue",
  reached: "reached",
  open: "open",
};

/**
 * The words of the rows in the reader's language: `word` gives the Timeline messages by key, `statuses` the
 * deliverable statuses' names.
 */
export function timelineWords(
  word: (key: string, values?: Record<string, string>) => string,
  statuses: Record<string, string>,
): TimelineWords {
  return {
    groups: {
      periods: word("groups.periods"),
      workPackages: word("groups.workPackages"),
      deliverables: word("groups.deliverables"),
      milestones: word("groups.milestones"),
    },
    ledBy: (organisation) => word("ledBy", { organisation }),
    statuses,
    overdue: word("overdue"),
    reached: word("reached"),
    open: word("open"),
  };
}

/** The rows of a project's Gantt, in the order people read a work plan. */
export function timelineRows(project: ProjectTimeline, today: Date, words: TimelineWords = ENGLISH): GanttRow[] {
  const isLate = (month: number) => projectMonthEnd(project.startDate, month) < today;
  return [
    ...project.reportingPeriods.map((period) => ({
      id: period.id,
      group: words.groups.periods,
      label: `P${period.number}`,
      from: period.startMonth,
      to: period.endMonth,
      tone: "period" as const,
    })),
    ...project.workPackages.map((workPackage) => ({
      id: workPackage.id,
      group: words.groups.workPackages,
      label: `WP${workPackage.number} ${workPackage.title}`,
      detail: workPackage.leadPartner ? words.ledBy(workPackage.leadPartner.organisation.name) : undefined,
      from: workPackage.startMonth,
      to: workPackage.endMonth,
      tone: "workPackage" as const,
    })),
    ...project.deliverables.map((deliverable) => {
      const isOpen = OPEN_DELIVERABLE_STATUSES.includes(deliverable.status);
      const overdue = isOpen && isLate(deliverable.dueMonth);
      return {
        id: deliverable.id,
        group: words.groups.deliverables,
        label: `${deliverable.number} ${deliverable.title}`,
        state: `${(words.statuses[deliverable.status] ?? deliverable.status).toLowerCase()}${overdue ? `, ${words.overdue}` : ""}`,
        from: deliverable.dueMonth,
        to: deliverable.dueMonth,
        isPoint: true,
        href: `/projects/${project.id}/deliverables/${deliverable.id}`,
        tone: overdue ? ("late" as const) : isOpen ? ("deliverable" as const) : ("deliverableDone" as const),
      };
    }),
    ...project.milestones.map((milestone) => {
      const overdue = !milestone.achievedOn && isLate(milestone.dueMonth);
      return {
        id: milestone.id,
        group: words.groups.milestones,
        label: `MS${milestone.number} ${milestone.title}`,
        state: milestone.achievedOn ? words.reached : overdue ? words.overdue : words.open,
        from: milestone.dueMonth,
        to: milestone.dueMonth,
        isPoint: true,
        // Milestones are listed, with their means of verification, on the project page.
        href: `/projects/${project.id}#milestones-heading`,
        tone: overdue ? ("late" as const) : ("milestone" as const),
      };
    }),
  ];
}

/** When a project month (or a range) falls, in the chosen scale. */
export function describeSpan(
  start: Date,
  from: number,
  to: number,
  isPoint: boolean | undefined,
  scale: TimelineScale,
  date: (value: Date) => string = formatDate,
): string {
  if (scale === "months") return isPoint ? `M${to}` : `M${from}–M${to}`;
  return isPoint
    ? date(projectMonthEnd(start, to))
    : `${date(projectMonthStart(start, from))} – ${date(projectMonthEnd(start, to))}`;
}
