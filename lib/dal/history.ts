import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/permissions";
import { HISTORY_EXPORT_LIMIT, HISTORY_PAGE_SIZE, type THistoryFilters } from "@/lib/validation/history";
import { db } from "./db";
import { requireProjectAccess } from "./guards";

function historyWhere(projectId: string, filters: THistoryFilters): Prisma.AuditEventWhereInput {
  return {
    projectId,
    allowed: true,
    ...(filters.entity ? { action: { startsWith: `${filters.entity}.` } } : {}),
    ...(filters.actor ? { actorId: filters.actor } : {}),
    ...(filters.from || filters.to
      ? {
          createdAt: {
            ...(filters.from ? { gte: new Date(`${filters.from}T00:00:00Z`) } : {}),
            // The whole of the "to" day counts.
            ...(filters.to ? { lt: new Date(new Date(`${filters.to}T00:00:00Z`).getTime() + 24 * 60 * 60 * 1000) } : {}),
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
  before: true,
  after: true,
  createdAt: true,
  actor: { select: { name: true, email: true } },
} as const;

/** A project's change history, newest first; everyone who can see the project can see it. */
export async function findProjectHistory(user: SessionUser, projectId: string, filters: THistoryFilters) {
  await requireProjectAccess(user, projectId);
  const where = historyWhere(projectId, filters);
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
      where: { auditEvents: { some: { projectId } } },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    db.project.findUniqueOrThrow({ where: { id: projectId }, select: { id: true, acronym: true } }),
  ]);
  return { project, events, actors, total, page: filters.page, pageCount: Math.max(1, Math.ceil(total / HISTORY_PAGE_SIZE)) };
}

export async function findProjectHistoryForExport(user: SessionUser, projectId: string, filters: THistoryFilters) {
  await requireProjectAccess(user, projectId);
  const [project, events] = await Promise.all([
    db.project.findUniqueOrThrow({ where: { id: projectId }, select: { acronym: true } }),
    db.auditEvent.findMany({
      where: historyWhere(projectId, filters),
      orderBy: { createdAt: "desc" },
      take: HISTORY_EXPORT_LIMIT,
      select: eventSelect,
    }),
  ]);
  return { project, events };
}
