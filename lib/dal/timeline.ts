import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { seesAllProjects, visibleProjectsWhere, type SessionUser } from "@/lib/access/permissions";
import { addDays, lastMonthEndingBy, projectEndDate, todayUtc } from "@/lib/format/project-months";
import { EVERY_GANTT_ROW, ganttPage, rowsOfPage } from "@/lib/timeline/gantt-page";
import type { TGanttPage, TPortfolioFilters, TTimelineFilters } from "@/lib/validation/timeline";
import { OPEN_DELIVERABLE_STATUSES } from "@/lib/workflow/deliverable-status";
import { db } from "./db";
import { PARTNERS_IN_ORDER, PERIODS_IN_ORDER, PROJECT_LIST_FIELDS, WORK_PACKAGE_ROWS } from "./selects";
import { requireProjectAccess } from "./guards";

/**
 * Everything a project's Gantt shows: periods, work packages, deliverables and milestones, in project months; all of
 * them (the exports and the PDF) or the page of rows asked for, of which only the deliverables and milestones shown
 * are loaded. Beside them, every work package (for the filter), how many deliverables and milestones match, and which
 * rows the page holds.
 */
export async function getProjectTimeline(
  user: SessionUser,
  projectId: string,
  filters: TTimelineFilters = {},
  today = todayUtc(),
  asked: TGanttPage = EVERY_GANTT_ROW,
) {
  const access = await requireProjectAccess(user, projectId);
  const { startDate } = await db.project.findUniqueOrThrow({ where: { id: projectId }, select: { startDate: true } });
  // Overdue: due in a month that has ended, and not yet delivered (or reached).
  const lastEnded = lastMonthEndingBy(startDate, addDays(today, -1));
  const isFiltered = Boolean(filters.partner || filters.wp || filters.status || filters.overdue);
  const deliverableWhere: Prisma.DeliverableWhereInput = {
    projectId,
    ...(filters.partner ? { responsiblePartnerId: filters.partner } : {}),
    ...(filters.wp ? { workPackageId: filters.wp } : {}),
    ...(filters.overdue ? { status: { in: OPEN_DELIVERABLE_STATUSES }, dueMonth: { lte: lastEnded } } : {}),
    ...(filters.status ? { status: filters.status } : {}),
  };
  // Milestones have no responsible partner nor deliverable status: a filter by either leaves them out.
  const milestoneWhere: Prisma.MilestoneWhereInput =
    filters.partner || filters.status
      ? { id: { in: [] } }
      : {
          projectId,
          ...(filters.wp ? { workPackageId: filters.wp } : {}),
          ...(filters.overdue ? { achievedOn: null, dueMonth: { lte: lastEnded } } : {}),
        };
  const [project, deliverableCount, milestoneCount] = await Promise.all([
    db.project.findUniqueOrThrow({
      where: { id: projectId },
      select: {
        id: true,
        acronym: true,
        title: true,
        startDate: true,
        durationMonths: true,
        reportingPeriods: PERIODS_IN_ORDER,
        workPackages: WORK_PACKAGE_ROWS,
        partners: PARTNERS_IN_ORDER,
      },
    }),
    db.deliverable.count({ where: deliverableWhere }),
    db.milestone.count({ where: milestoneWhere }),
  ]);
  const rows = ganttPage(
    {
      reportingPeriods: project.reportingPeriods.length,
      workPackages: project.workPackages.length,
      deliverables: deliverableCount,
      milestones: milestoneCount,
    },
    asked,
  );
  const [deliverables, milestones] = await Promise.all([
    rows.slices.deliverables.take
      ? db.deliverable.findMany({
          where: deliverableWhere,
          orderBy: [{ dueMonth: "asc" }, { number: "asc" }],
          ...rows.slices.deliverables,
          select: { id: true, number: true, title: true, dueMonth: true, status: true, workPackageId: true },
        })
      : [],
    rows.slices.milestones.take
      ? db.milestone.findMany({
          where: milestoneWhere,
          orderBy: { number: "asc" },
          ...rows.slices.milestones,
          select: { id: true, number: true, title: true, dueMonth: true, achievedOn: true },
        })
      : [],
  ]);
  return {
    project: {
      ...project,
      reportingPeriods: rowsOfPage(project.reportingPeriods, rows.slices.reportingPeriods),
      workPackages: rowsOfPage(project.workPackages, rows.slices.workPackages),
      deliverables,
      milestones,
    },
    workPackages: project.workPackages,
    access,
    isFiltered,
    matched: deliverableCount + milestoneCount,
    rows,
  };
}

export type ProjectTimeline = Awaited<ReturnType<typeof getProjectTimeline>>["project"];

/**
 * The portfolio: every project the user can see, grouped by programme and call, with payments (for those who
 * may read funding) and report deadlines as dated markers.
 */
export async function findPortfolio(user: SessionUser, filters: TPortfolioFilters) {
  const where: Prisma.ProjectWhereInput = {
    AND: [
      visibleProjectsWhere(user),
      { archivedAt: null },
      filters.programme ? { programmeId: filters.programme } : {},
      filters.status ? { status: filters.status } : {},
      filters.country ? { partners: { some: { organisation: { country: filters.country } } } } : {},
      filters.coordinator ? { partners: { some: { role: "LEAD_PARTNER", organisationId: filters.coordinator } } } : {},
    ],
  };
  const [projects, programmes] = await Promise.all([
    db.project.findMany({
      where,
      orderBy: [{ programme: { name: "asc" } }, { startDate: "asc" }],
      select: {
        ...PROJECT_LIST_FIELDS,
        currency: true,
        programme: { select: { id: true, name: true } },
        call: { select: { id: true, identifier: true } },
        members: { where: { userId: user.id, role: "LEAD" }, select: { id: true } },
        payments: {
          orderBy: { plannedDate: "asc" },
          select: {
            id: true,
            kind: true,
            plannedDate: true,
            plannedAmount: true,
            receivedDate: true,
            receivedAmount: true,
          },
        },
        reportDeadlines: {
          orderBy: { dueDate: "asc" },
          select: { id: true, type: true, dueDate: true, period: { select: { number: true } } },
        },
      },
    }),
    db.fundingProgramme.findMany({
      where: { archivedAt: null },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
  ]);
  const rows = projects.map(({ members, payments, ...project }) => ({
    ...project,
    endDate: projectEndDate(project.startDate, project.durationMonths),
    // Payments are funding data: coordinators and administrators see all, a lead those of their projects.
    payments: seesAllProjects(user) || members.length > 0 ? payments : [],
  }));
  const groups = new Map<
    string,
    { programme: { id: string; name: string }; call: { id: string; identifier: string } | null; projects: typeof rows }
  >();
  for (const row of rows) {
    const key = `${row.programme.id}/${row.call?.id ?? "-"}`;
    const group = groups.get(key) ?? { programme: row.programme, call: row.call, projects: [] };
    group.projects.push(row);
    groups.set(key, group);
  }
  return { groups: [...groups.values()], programmes, projectCount: rows.length };
}
