import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { redactAuditEvent, visibleAuditEventsWhere } from "@/lib/access/audit-visibility";
import type { ProjectAccess, SessionUser } from "@/lib/access/permissions";
import { addDays } from "@/lib/format/project-months";
import { HISTORY_EXPORT_LIMIT, HISTORY_PAGE_SIZE, type THistoryFilters } from "@/lib/validation/history";
import { pageCountOf } from "@/lib/validation/list-filters";
import { db } from "./db";
import { requireProjectAccess } from "./guards";

/** A partner report an event is about: its period and its partner, to name it and link to it. */
export type ReportSubject = { period: number; partner: string };

/** Adds to each event about a partner report the report's period and partner, in one query for the page. */
async function withReportSubjects<Event extends { entityType: string; entityId: string | null }>(
  events: Event[],
): Promise<(Event & { report?: ReportSubject })[]> {
  const ids = [
    ...new Set(
      events.flatMap((event) => (event.entityType === "PartnerReport" && event.entityId ? [event.entityId] : [])),
    ),
  ];
  if (ids.length === 0) return events;
  const reports = await db.partnerReport.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      period: { select: { number: true } },
      partner: { select: { organisation: { select: { name: true } } } },
    },
  });
  const byId = new Map(
    reports.map((report) => [report.id, { period: report.period.number, partner: report.partner.organisation.name }]),
  );
  return events.map((event) =>
    event.entityType === "PartnerReport" && event.entityId && byId.has(event.entityId)
      ? { ...event, report: byId.get(event.entityId) }
      : event,
  );
}

/** The events this person may read (the same visibility as the records), narrowed by the filters. */
function historyWhere(projectId: string, access: ProjectAccess, filters: THistoryFilters): Prisma.AuditEventWhereInput {
  return {
    ...visibleAuditEventsWhere(access),
    projectId,
    allowed: true,
    ...(filters.entity ? { action: { startsWith: `${filters.entity}.` } } : {}),
    ...(filters.actor ? { actorId: filters.actor } : {}),
    ...(filters.from || filters.to
      ? {
          createdAt: {
            ...(filters.from ? { gte: new Date(`${filters.from}T00:00:00Z`) } : {}),
            // The whole of the "to" day counts.
            ...(filters.to ? { lt: addDays(new Date(`${filters.to}T00:00:00Z`), 1) } : {}),
          },
        }
      : {}),
  };
}

const eventSelect = {
  id: true,
  action: true,
  entityType: true,
  entityId: true,
  partnerId: true,
  before: true,
  after: true,
  createdAt: true,
  actor: { select: { name: true, email: true } },
} as const;

/**
 * A project's change history, newest first, as this person may read it: everyone who can see the project
 * sees its history, funding and partner reports only as far as they may read those records.
 */
export async function findProjectHistory(user: SessionUser, projectId: string, filters: THistoryFilters) {
  const access = await requireProjectAccess(user, projectId);
  const where = historyWhere(projectId, access, filters);
  const [total, events, actors, project] = await Promise.all([
    db.auditEvent.count({ where }),
    db.auditEvent.findMany({
      where,
      orderBy: { createdAt: "desc" },
      skip: (filters.page - 1) * HISTORY_PAGE_SIZE,
      take: HISTORY_PAGE_SIZE,
      select: eventSelect,
    }),
    db.user.findMany({
      where: { auditEvents: { some: historyWhere(projectId, access, { page: 1 }) } },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    db.project.findUniqueOrThrow({ where: { id: projectId }, select: { id: true, acronym: true } }),
  ]);
  return {
    project,
    events: await withReportSubjects(events.map((event) => redactAuditEvent(access, event))),
    actors,
    total,
    page: filters.page,
    pageCount: pageCountOf(total, HISTORY_PAGE_SIZE),
  };
}

/** The same history for the CSV export: the same visibility, up to the export's limit. */
export async function findProjectHistoryForExport(user: SessionUser, projectId: string, filters: THistoryFilters) {
  const access = await requireProjectAccess(user, projectId);
  const [project, events] = await Promise.all([
    db.project.findUniqueOrThrow({ where: { id: projectId }, select: { acronym: true, currency: true } }),
    db.auditEvent.findMany({
      where: historyWhere(projectId, access, filters),
      orderBy: { createdAt: "desc" },
      take: HISTORY_EXPORT_LIMIT,
      select: eventSelect,
    }),
  ]);
  return { project, events: await withReportSubjects(events.map((event) => redactAuditEvent(access, event))) };
}
