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

const DELIVERABLE_FIELDS = {
  id: true,
  projectId: true,
  number: true,
  title: true,
} satisfies Prisma.DeliverableSelect;

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

  // The projects first: by their ids the queries below use the indexes on project and status, and each item's
  // project is named from here rather than by a query of its own for each kind of item.
  const projects = await db.project.findMany({ where: inProjects, select: { id: true, acronym: true } });
  if (projects.length === 0) return { items: [], total: 0 };
  const projectIds = projects.map(({ id }) => id);
  const acronymOf = new Map(projects.map((project) => [project.id, project.acronym]));
  const submittedReports: Prisma.PartnerReportWhereInput = { status: "SUBMITTED", projectId: { in: projectIds } };
  const inReview: Prisma.DeliverableWhereInput = { status: "IN_REVIEW", projectId: { in: projectIds } };
  // Only the oldest `limit` of each kind can be shown: the database sorts them, and counts the rest where there are
  // more, so that a lead of many projects does not load thousands of rows to show twenty.
  const [reports, lastSentToReview, neverSent, pastDeadlines] = await Promise.all([
    db.partnerReport.findMany({
      where: submittedReports,
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      take: limit,
      select: {
        id: true,
        projectId: true,
        submittedAt: true,
        period: { select: { number: true } },
        partner: { select: { partnerNumber: true, organisation: { select: { name: true } } } },
      },
    }),
    // A deliverable waits since it was last sent to review...
    db.deliverableStatusChange.groupBy({
      by: ["deliverableId"],
      where: { toStatus: "IN_REVIEW", deliverable: inReview },
      _max: { createdAt: true },
      orderBy: [{ _max: { createdAt: "asc" } }, { deliverableId: "asc" }],
      take: limit,
    }),
    // ...or, with no such change recorded (created in review), since it was last updated.
    db.deliverable.findMany({
      where: { AND: [inReview, { statusChanges: { none: { toStatus: "IN_REVIEW" } } }] },
      orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
      take: limit,
      select: { ...DELIVERABLE_FIELDS, updatedAt: true },
    }),
    db.reportDeadline.findMany({
      where: { dueDate: { lt: today }, projectId: { in: projectIds } },
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
        project: { select: { partners: PARTNERS_IN_ORDER } },
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
      projectAcronym: acronymOf.get(deadline.projectId)!,
      periodNumber: deadline.period.number,
      partners,
      since: deadline.dueDate,
    });
  }

  const sentAt = new Map(lastSentToReview.map((change) => [change.deliverableId, change._max.createdAt!]));
  const [sent, reportCount, deliverableCount] = await Promise.all([
    sentAt.size === 0
      ? Promise.resolve([])
      : db.deliverable.findMany({ where: { id: { in: [...sentAt.keys()] } }, select: DELIVERABLE_FIELDS }),
    reports.length < limit ? reports.length : db.partnerReport.count({ where: submittedReports }),
    lastSentToReview.length < limit && neverSent.length < limit
      ? lastSentToReview.length + neverSent.length
      : db.deliverable.count({ where: inReview }),
  ]);
  const sentDeliverables = [
    ...sent.map((deliverable) => ({ deliverable, since: sentAt.get(deliverable.id)! })),
    ...neverSent.map((deliverable) => ({ deliverable, since: deliverable.updatedAt })),
  ];

  const items: ReviewItem[] = [
    ...reports.map((report) => ({
      kind: "report" as const,
      id: report.id,
      projectId: report.projectId,
      projectAcronym: acronymOf.get(report.projectId)!,
      periodNumber: report.period.number,
      partner: { number: report.partner.partnerNumber, name: report.partner.organisation.name },
      since: report.submittedAt!,
    })),
    ...sentDeliverables.map(({ deliverable, since }) => ({
      kind: "deliverable" as const,
      id: deliverable.id,
      projectId: deliverable.projectId,
      projectAcronym: acronymOf.get(deliverable.projectId)!,
      number: deliverable.number,
      title: deliverable.title,
      since,
    })),
    ...missing,
  ].sort((a, b) => a.since.getTime() - b.since.getTime());
  return { items: items.slice(0, limit), total: reportCount + deliverableCount + missing.length };
}
