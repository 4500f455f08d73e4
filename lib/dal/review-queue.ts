import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { reviewedProjectsWhere, type SessionUser } from "@/lib/access/permissions";
import { todayUtc } from "@/lib/format/project-months";
import { db } from "./db";
import { PARTNERS_IN_ORDER } from "./selects";

export type ReviewItem =
  | {
      kind: "report";
      id: string;
      projectId: string;
      projectAcronym: string;
      periodNumber: number;
      partner: { number: number; name: string };
      /** Since when it waits: its submission. */
      since: Date;
    }
  | {
      kind: "deliverable";
      id: string;
      projectId: string;
      projectAcronym: string;
      number: string;
      title: string;
      /** Since when it waits: when it was sent to review. */
      since: Date;
    }
  | {
      kind: "missingReports";
      projectId: string;
      projectAcronym: string;
      periodNumber: number;
      /** The partners whose report for the period has not arrived, in partner order. */
      partners: { number: number; name: string }[];
      /** Since when they wait: the period's first report deadline, now past. */
      since: Date;
    };

/** How many items the dashboard shows; the total says how many more there are. */
export const REVIEW_QUEUE_LIMIT = 20;

/**
 * What waits for this lead (or coordinator, or administrator) in the projects they review, oldest first: partner
 * reports submitted and not yet accepted or returned, deliverables in internal review, and for each period past
 * its deadline the partners whose report has not arrived (one item per period). Empty for everyone else.
 */
export async function findReviewQueue(
  user: SessionUser,
  today = todayUtc(),
  limit = REVIEW_QUEUE_LIMIT,
): Promise<{ items: ReviewItem[]; total: number }> {
  const projectWhere = reviewedProjectsWhere(user);
  if (!projectWhere) return { items: [], total: 0 };
  const inProjects: Prisma.ProjectWhereInput = { AND: [projectWhere, { archivedAt: null, status: { not: "CLOSED" } }] };

  const [reports, deliverables, pastDeadlines] = await Promise.all([
    db.partnerReport.findMany({
      where: { status: "SUBMITTED", project: inProjects },
      orderBy: { submittedAt: "asc" },
      select: {
        id: true,
        projectId: true,
        submittedAt: true,
        project: { select: { acronym: true } },
        period: { select: { number: true } },
        partner: { select: { partnerNumber: true, organisation: { select: { name: true } } } },
      },
    }),
    db.deliverable.findMany({
      where: { status: "IN_REVIEW", project: inProjects },
      select: {
        id: true,
        projectId: true,
        number: true,
        title: true,
        updatedAt: true,
        project: { select: { acronym: true } },
        statusChanges: {
          where: { toStatus: "IN_REVIEW" },
          orderBy: { createdAt: "desc" },
          take: 1,
          select: { createdAt: true },
        },
      },
    }),
    db.reportDeadline.findMany({
      where: { dueDate: { lt: today }, project: inProjects },
      orderBy: { dueDate: "asc" },
      select: {
        dueDate: true,
        periodId: true,
        projectId: true,
        period: {
          select: {
            number: true,
            // The partners' reports that arrived: submitted or accepted.
            reports: { where: { status: { in: ["SUBMITTED", "ACCEPTED"] } }, select: { partnerId: true } },
          },
        },
        project: {
          select: {
            acronym: true,
            partners: PARTNERS_IN_ORDER,
          },
        },
      },
    }),
  ]);

  const missing: ReviewItem[] = [];
  const seenPeriods = new Set<string>();
  // A period may have several deadlines (content, finance): its first one counts.
  for (const deadline of pastDeadlines) {
    if (seenPeriods.has(deadline.periodId)) continue;
    seenPeriods.add(deadline.periodId);
    const arrived = new Set(deadline.period.reports.map((report) => report.partnerId));
    const partners = deadline.project.partners
      .filter((partner) => !arrived.has(partner.id))
      .map((partner) => ({ number: partner.partnerNumber, name: partner.organisation.name }));
    if (partners.length === 0) continue;
    missing.push({
      kind: "missingReports",
      projectId: deadline.projectId,
      projectAcronym: deadline.project.acronym,
      periodNumber: deadline.period.number,
      partners,
      since: deadline.dueDate,
    });
  }

  const items: ReviewItem[] = [
    ...reports.map((report) => ({
      kind: "report" as const,
      id: report.id,
      projectId: report.projectId,
      projectAcronym: report.project.acronym,
      periodNumber: report.period.number,
      partner: { number: report.partner.partnerNumber, name: report.partner.organisation.name },
      since: report.submittedAt!,
    })),
    ...deliverables.map((deliverable) => ({
      kind: "deliverable" as const,
      id: deliverable.id,
      projectId: deliverable.projectId,
      projectAcronym: deliverable.project.acronym,
      number: deliverable.number,
      title: deliverable.title,
      since: deliverable.statusChanges[0]?.createdAt ?? deliverable.updatedAt,
    })),
    ...missing,
  ].sort((a, b) => a.since.getTime() - b.since.getTime());
  return { items: items.slice(0, limit), total: items.length };
}
