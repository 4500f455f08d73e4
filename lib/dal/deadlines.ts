import "server-only";
import type { DeadlineKind, ReportDeadlineType } from "@/generated/prisma/enums";
import { visibleProjectsWhere, type SessionUser } from "@/lib/access/permissions";
import { OPEN_DELIVERABLE_STATUSES } from "@/lib/workflow/deliverable-status";
import { projectMonthEnd } from "@/lib/format/project-months";
import { isReportEditable } from "@/lib/workflow/report-status";
import { db } from "./db";

/** One dated obligation: a deliverable, a milestone or a reporting deadline. */
export type Deadline = {
  kind: DeadlineKind;
  id: string;
  projectId: string;
  acronym: string;
  /** D2.1, MS3 or P2. */
  number: string;
  title: string;
  /** For reports: CONTENT, FINANCE or BOTH. */
  reportType: ReportDeadlineType | null;
  dueDate: Date;
  /** Done: submitted or approved, achieved, or every report concerned handed in. */
  done: boolean;
  /** A path inside the app. */
  href: string;
  updatedAt: Date;
};

/**
 * The deadlines that concern a user, in the projects they can see that are neither archived nor closed.
 * A partner is concerned only by its own organisation's obligations (its deliverables and its reports);
 * everyone else by the whole work plan of their projects.
 */
export async function findDeadlinesFor(user: SessionUser): Promise<Deadline[]> {
  const partnerOrganisationId = user.role === "PARTNER" ? user.organisationId : null;
  if (user.role === "PARTNER" && !partnerOrganisationId) return [];
  const projects = await db.project.findMany({
    where: { AND: [visibleProjectsWhere(user), { archivedAt: null, status: { not: "CLOSED" } }] },
    select: {
      id: true,
      acronym: true,
      startDate: true,
      updatedAt: true,
      partners: { select: { id: true, organisationId: true } },
      deliverables: {
        where: partnerOrganisationId ? { responsiblePartner: { organisationId: partnerOrganisationId } } : {},
        select: { id: true, number: true, title: true, dueMonth: true, status: true, updatedAt: true },
      },
      milestones: partnerOrganisationId
        ? false
        : { select: { id: true, number: true, title: true, dueMonth: true, achievedOn: true, updatedAt: true } },
      reportDeadlines: {
        select: {
          id: true,
          type: true,
          dueDate: true,
          createdAt: true,
          period: { select: { number: true, reports: { select: { partnerId: true, status: true } } } },
        },
      },
    },
  });

  const deadlines: Deadline[] = [];
  for (const project of projects) {
    const base = { projectId: project.id, acronym: project.acronym };
    const dueDate = (month: number) => projectMonthEnd(project.startDate, month);
    // A moved start date moves every due date: the item counts as changed then too.
    const changed = (updatedAt: Date) => (updatedAt > project.updatedAt ? updatedAt : project.updatedAt);
    for (const deliverable of project.deliverables) {
      deadlines.push({
        ...base,
        kind: "DELIVERABLE",
        id: deliverable.id,
        number: deliverable.number,
        title: deliverable.title,
        reportType: null,
        dueDate: dueDate(deliverable.dueMonth),
        done: !OPEN_DELIVERABLE_STATUSES.includes(deliverable.status),
        href: `/projects/${project.id}/deliverables/${deliverable.id}`,
        updatedAt: changed(deliverable.updatedAt),
      });
    }
    for (const milestone of project.milestones || []) {
      deadlines.push({
        ...base,
        kind: "MILESTONE",
        id: milestone.id,
        number: `MS${milestone.number}`,
        title: milestone.title,
        reportType: null,
        dueDate: dueDate(milestone.dueMonth),
        done: milestone.achievedOn !== null,
        href: `/projects/${project.id}/plan`,
        updatedAt: changed(milestone.updatedAt),
      });
    }
    const concernedPartners = project.partners
      .filter((partner) => !partnerOrganisationId || partner.organisationId === partnerOrganisationId)
      .map((partner) => partner.id);
    for (const deadline of project.reportDeadlines) {
      const handedIn = new Set(
        deadline.period.reports
          .filter((report) => !isReportEditable(report.status)) // submitted or accepted
          .map((report) => report.partnerId),
      );
      deadlines.push({
        ...base,
        kind: "REPORT",
        id: deadline.id,
        number: `P${deadline.period.number}`,
        title: "",
        reportType: deadline.type,
        dueDate: deadline.dueDate,
        done: concernedPartners.every((partnerId) => handedIn.has(partnerId)),
        href: `/projects/${project.id}/reports`,
        updatedAt: changed(deadline.createdAt),
      });
    }
  }
  return deadlines.sort((a, b) => a.dueDate.getTime() - b.dueDate.getTime() || a.number.localeCompare(b.number));
}
