import "server-only";
import type { ReportDeadlineType } from "@/generated/prisma/enums";
import type { Prisma } from "@/generated/prisma/client";
import { visibleProjectsWhere, type SessionUser } from "@/lib/access/permissions";
import { addDays, projectEndDate, projectMonthAt, projectMonthEnd, todayUtc } from "@/lib/format/project-months";
import { OPEN_DELIVERABLE_STATUSES } from "@/lib/workflow/deliverable-status";
import { db } from "./db";
import { PROJECT_LIST_FIELDS } from "./selects";

/** How far ahead "due next" looks, in months past the current project month. */
const LOOKAHEAD_MONTHS = 3;

export async function findMyProjects(user: SessionUser, limit = 12) {
  return db.project.findMany({
    where: { AND: [visibleProjectsWhere(user), { archivedAt: null }] },
    orderBy: [{ startDate: "desc" }, { acronym: "asc" }],
    take: limit,
    select: {
      ...PROJECT_LIST_FIELDS,
      programme: { select: { name: true } },
    },
  });
}

export type DueItem = {
  kind: "deliverable" | "milestone" | "report";
  id: string;
  /** The item's number as the project writes it: D2.2, MS2, or P2 for a period's report. */
  label: string;
  /** Deliverables and milestones have a title; a report deadline has its period and type instead. */
  title: string | null;
  report?: { periodNumber: number; deadlineType: ReportDeadlineType };
  projectId: string;
  projectAcronym: string;
  /** Report deadlines are calendar dates, not project months. */
  dueMonth: number | null;
  dueDate: Date;
  isOverdue: boolean;
  status: string;
};

/**
 * What is due next across the user's projects: open deliverables and unmet milestones, overdue ones first.
 * A partner sees only what its own organisation owes (its deliverables); others see their projects' items.
 * Due dates derive from each project's start, so each project gets its own month window. Of projects that ended (by
 * their dates, whatever their status says) only report deadlines still ahead count, such as the final report's:
 * their open deliverables and overdue items are a matter for closing the project, not for what is due next.
 */
export async function findDueNext(user: SessionUser, limit = 10, today = todayUtc()): Promise<DueItem[]> {
  const openProjects = await db.project.findMany({
    where: { AND: [visibleProjectsWhere(user), { archivedAt: null, status: { not: "CLOSED" } }] },
    select: { id: true, acronym: true, startDate: true, durationMonths: true },
  });
  if (openProjects.length === 0) return [];
  const hasEnded = (project: (typeof openProjects)[number]) =>
    projectEndDate(project.startDate, project.durationMonths) < today;
  const projects = openProjects.filter((project) => !hasEnded(project));
  const endedProjectIds = openProjects.filter(hasEnded).map((project) => project.id);
  const byId = new Map(openProjects.map((project) => [project.id, project]));
  // Each project's window: everything up to its current month plus the look-ahead.
  const lastWindowMonth = new Map(
    projects.map((project) => [project.id, projectMonthAt(project.startDate, today) + LOOKAHEAD_MONTHS]),
  );
  const inWindow = (group: { projectId: string; dueMonth: number }) =>
    group.dueMonth <= lastWindowMonth.get(group.projectId)!;
  const projectIds = projects.map((project) => project.id);
  const isPartner = user.role === "PARTNER";
  const ownOrganisation: Prisma.DeliverableWhereInput = isPartner
    ? { responsiblePartner: { organisation: { users: { some: { id: user.id } } } } }
    : {};

  const horizon = addDays(today, LOOKAHEAD_MONTHS * 31);
  const deliverableWhere: Prisma.DeliverableWhereInput = {
    AND: [{ projectId: { in: projectIds } }, { status: { in: OPEN_DELIVERABLE_STATUSES } }, ownOrganisation],
  };
  const milestoneWhere: Prisma.MilestoneWhereInput = { projectId: { in: projectIds }, achievedOn: null };

  // Only the earliest `limit` planned items can be shown. They lie on or before the limit-th earliest of the
  // projects' first due dates (each of those projects has an item by then): find that date from one row per
  // project, count per project and month only up to it, then load the rows up to the due date where the count
  // is reached, not every open item of every project.
  const countUpTo =
    projects.length < limit
      ? // With fewer projects than the limit there is no such date: every month of the windows is counted.
        projects.map((project) => ({ projectId: project.id, dueMonth: { lte: lastWindowMonth.get(project.id)! } }))
      : monthsToCount(
          (
            await Promise.all([
              db.deliverable.groupBy({ by: ["projectId"], where: deliverableWhere, _min: { dueMonth: true } }),
              isPartner
                ? Promise.resolve([])
                : db.milestone.groupBy({ by: ["projectId"], where: milestoneWhere, _min: { dueMonth: true } }),
            ])
          ).flat(),
          byId,
          lastWindowMonth,
          limit,
        );
  const [deliverableMonths, milestoneMonths] = await Promise.all([
    countUpTo.length === 0
      ? Promise.resolve([])
      : db.deliverable.groupBy({
          by: ["projectId", "dueMonth"],
          where: { AND: [deliverableWhere, { OR: countUpTo }] },
          _count: { _all: true },
        }),
    isPartner || countUpTo.length === 0
      ? Promise.resolve([])
      : db.milestone.groupBy({
          by: ["projectId", "dueMonth"],
          where: { AND: [milestoneWhere, { OR: countUpTo }] },
          _count: { _all: true },
        }),
  ]);
  const lastMonths = lastMonthsToLoad([...deliverableMonths, ...milestoneMonths].filter(inWindow), byId, limit);
  const shortlist = [...lastMonths].map(([projectId, lastMonth]) => ({ projectId, dueMonth: { lte: lastMonth } }));

  const [deliverables, milestones, deadlines] = await Promise.all([
    shortlist.length === 0
      ? Promise.resolve([])
      : db.deliverable.findMany({
          where: { AND: [deliverableWhere, { OR: shortlist }] },
          orderBy: [{ dueMonth: "asc" }],
          select: { id: true, number: true, title: true, dueMonth: true, status: true, projectId: true },
        }),
    isPartner || shortlist.length === 0
      ? Promise.resolve([])
      : db.milestone.findMany({
          where: { AND: [milestoneWhere, { OR: shortlist }] },
          orderBy: [{ dueMonth: "asc" }],
          select: { id: true, number: true, title: true, dueMonth: true, projectId: true },
        }),
    // A partner owes the reports its organisation has not yet submitted, overdue ones included; others see what comes
    // up.
    db.reportDeadline.findMany({
      where: isPartner
        ? {
            OR: [
              { projectId: { in: projectIds }, dueDate: { lte: horizon } },
              { projectId: { in: endedProjectIds }, dueDate: { gte: today, lte: horizon } },
            ],
            period: {
              reports: {
                none: {
                  status: { in: ["SUBMITTED", "ACCEPTED"] },
                  partner: { organisation: { users: { some: { id: user.id } } } },
                },
              },
            },
          }
        : { projectId: { in: [...projectIds, ...endedProjectIds] }, dueDate: { gte: today, lte: horizon } },
      select: { id: true, type: true, dueDate: true, projectId: true, period: { select: { number: true } } },
    }),
  ]);

  const planned = [
    ...deliverables.map((deliverable) => ({
      kind: "deliverable" as const,
      id: deliverable.id,
      label: deliverable.number,
      title: deliverable.title,
      projectId: deliverable.projectId,
      dueMonth: deliverable.dueMonth,
      status: deliverable.status,
    })),
    ...milestones.map((milestone) => ({
      kind: "milestone" as const,
      id: milestone.id,
      label: `MS${milestone.number}`,
      title: milestone.title,
      projectId: milestone.projectId,
      dueMonth: milestone.dueMonth,
      status: "OPEN",
    })),
  ].map((item) => {
    const project = byId.get(item.projectId)!;
    const dueDate = projectMonthEnd(project.startDate, item.dueMonth);
    return { ...item, projectAcronym: project.acronym, dueDate, isOverdue: dueDate < today };
  });
  const reports: DueItem[] = deadlines.map((deadline) => ({
    kind: "report",
    id: deadline.id,
    label: `P${deadline.period.number}`,
    title: null,
    report: { periodNumber: deadline.period.number, deadlineType: deadline.type },
    projectId: deadline.projectId,
    projectAcronym: byId.get(deadline.projectId)!.acronym,
    dueMonth: null,
    dueDate: deadline.dueDate,
    isOverdue: deadline.dueDate < today,
    status: "OPEN",
  }));
  const items: DueItem[] = [...planned, ...reports];

  return items
    .sort((a, b) => a.dueDate.getTime() - b.dueDate.getTime() || a.label.localeCompare(b.label))
    .slice(0, limit);
}

/**
 * For each project with an item in its window, the months to count: up to its window's end and to the limit-th
 * earliest of the projects' first due dates, past which no item can be among the `limit` earliest.
 */
function monthsToCount(
  firsts: { projectId: string; _min: { dueMonth: number | null } }[],
  projects: Map<string, { startDate: Date }>,
  lastWindowMonth: Map<string, number>,
  limit: number,
): { projectId: string; dueMonth: { lte: number } }[] {
  const firstMonth = new Map<string, number>();
  for (const { projectId, _min } of firsts) {
    if (_min.dueMonth === null || _min.dueMonth > lastWindowMonth.get(projectId)!) continue;
    firstMonth.set(projectId, Math.min(firstMonth.get(projectId) ?? _min.dueMonth, _min.dueMonth));
  }
  const firstDates = [...firstMonth].map(([projectId, month]) => {
    const start = projects.get(projectId)!.startDate;
    return { projectId, start, date: projectMonthEnd(start, month).getTime() };
  });
  const sorted = firstDates.map(({ date }) => date).sort((a, b) => a - b);
  const cutoff = sorted.length >= limit ? sorted[limit - 1]! : Number.POSITIVE_INFINITY;
  return firstDates
    .filter(({ date }) => date <= cutoff)
    .map(({ projectId, start }) => {
      let last = lastWindowMonth.get(projectId)!;
      if (cutoff !== Number.POSITIVE_INFINITY) {
        // The last month ending on or before the cutoff.
        const containing = projectMonthAt(start, new Date(cutoff));
        last = Math.min(last, projectMonthEnd(start, containing).getTime() <= cutoff ? containing : containing - 1);
      }
      return { projectId, dueMonth: { lte: last } };
    });
}

/**
 * For each project, the last due month to load so that the `limit` earliest items (by due date across all
 * projects) are among those loaded; items due on the same date as the last one needed are kept too.
 */
function lastMonthsToLoad(
  groups: { projectId: string; dueMonth: number; _count: { _all: number } }[],
  projects: Map<string, { startDate: Date }>,
  limit: number,
): Map<string, number> {
  const dated = groups
    .map((group) => ({
      ...group,
      dueDate: projectMonthEnd(projects.get(group.projectId)!.startDate, group.dueMonth).getTime(),
    }))
    .sort((a, b) => a.dueDate - b.dueDate);
  let counted = 0;
  let cutoff = Number.POSITIVE_INFINITY;
  for (const group of dated) {
    counted += group._count._all;
    if (counted >= limit) {
      cutoff = group.dueDate;
      break;
    }
  }
  const lastMonths = new Map<string, number>();
  for (const group of dated) {
    if (group.dueDate > cutoff) break;
    lastMonths.set(group.projectId, Math.max(lastMonths.get(group.projectId) ?? 0, group.dueMonth));
  }
  return lastMonths;
}
