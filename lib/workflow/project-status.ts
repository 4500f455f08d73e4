import type { ProjectStatus } from "@/generated/prisma/enums";
import { projectEndDate, todayUtc } from "@/lib/format/project-months";

/** The statuses of a project under way: past the project's end date, they disagree with its dates. */
const UNDER_WAY: ProjectStatus[] = ["CONTRACTED", "RUNNING"];

/**
 * Whether a project is still marked as under way after its last day: its status and its dates disagree until a
 * coordinator closes it.
 */
export function isPastItsEnd(
  project: { status: ProjectStatus; startDate: Date; durationMonths: number },
  today: Date = todayUtc(),
): boolean {
  return UNDER_WAY.includes(project.status) && projectEndDate(project.startDate, project.durationMonths) < today;
}
