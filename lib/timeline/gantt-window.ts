import { projectMonthAt } from "@/lib/format/project-months";
import type { GANTT_ZOOMS } from "@/lib/validation/timeline";
import { projectMonthWindow } from "./window";

/**
 * The months a project's Gantt shows, for the page and its PDF alike: what was asked for, or by default the 12 months
 * around today for a project under way and the whole plan for one not yet started or ended.
 */
export function ganttWindow(
  project: { startDate: Date; durationMonths: number },
  span: { zoom?: (typeof GANTT_ZOOMS)[number]; shift: number },
  today: Date,
) {
  const todayMonth = projectMonthAt(project.startDate, today);
  const isUnderWay = todayMonth >= 1 && todayMonth <= project.durationMonths;
  const zoom = span.zoom ?? (isUnderWay ? "12m" : "all");
  const window = projectMonthWindow(
    project.durationMonths,
    Math.min(Math.max(todayMonth, 1), project.durationMonths),
    zoom === "12m" ? 12 : zoom === "6m" ? 6 : null,
    span.shift,
  );
  return { zoom, window, todayMonth, isUnderWay };
}
