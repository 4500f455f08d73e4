import "server-only";
import type { NotificationKind, Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/lib/access/permissions";
import { db } from "./db";

/** Values for a notification's message, rendered in the reader's language (see Notifications in messages/). */
export type NotificationParams = Record<string, string | number>;

type Announcement = {
  projectId: string;
  actorId: string;
  kind: NotificationKind;
  params: NotificationParams;
  href: string;
  /** The project's leads hear of it. */
  toLeads?: boolean;
  /** The people of this partner's organisation hear of it. */
  toPartnerId?: string;
};

/**
 * Tells the people concerned about changes, inside the changes' own transaction: two queries for any
 * number of announcements of one project, then one insert. The one who made a change is not told about it.
 */
export async function announce(tx: Prisma.TransactionClient, ...announcements: Announcement[]): Promise<void> {
  if (announcements.length === 0) return;
  const projectIds = [...new Set(announcements.filter((item) => item.toLeads).map((item) => item.projectId))];
  const partnerIds = [...new Set(announcements.flatMap((item) => (item.toPartnerId ? [item.toPartnerId] : [])))];
  const active = { deactivatedAt: null };
  const [leads, partnerPeople] = await Promise.all([
    projectIds.length
      ? tx.projectMembership.findMany({
          where: { projectId: { in: projectIds }, role: "LEAD", user: active },
          select: { projectId: true, userId: true },
        })
      : [],
    partnerIds.length
      ? tx.projectPartner.findMany({
          where: { id: { in: partnerIds } },
          select: {
            id: true,
            organisation: { select: { users: { where: { role: "PARTNER", ...active }, select: { id: true } } } },
          },
        })
      : [],
  ]);
  const data = announcements.flatMap((item) => {
    const recipients = new Set<string>();
    if (item.toLeads) for (const lead of leads) if (lead.projectId === item.projectId) recipients.add(lead.userId);
    const partner = partnerPeople.find((candidate) => candidate.id === item.toPartnerId);
    for (const user of partner?.organisation.users ?? []) recipients.add(user.id);
    recipients.delete(item.actorId);
    const params = JSON.stringify(item.params);
    return [...recipients].map((userId) => ({ userId, kind: item.kind, params, href: item.href }));
  });
  if (data.length) await tx.notification.createMany({ data });
}

export const NOTIFICATIONS_PAGE_SIZE = 25;

export async function countUnreadNotifications(user: SessionUser): Promise<number> {
  return db.notification.count({ where: { userId: user.id, readAt: null } });
}

export async function findNotifications(user: SessionUser, page: number) {
  const where = { userId: user.id };
  const [total, rows] = await Promise.all([
    db.notification.count({ where }),
    db.notification.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * NOTIFICATIONS_PAGE_SIZE,
      take: NOTIFICATIONS_PAGE_SIZE,
    }),
  ]);
  return {
    total,
    notifications: rows.map((row) => ({ ...row, params: parseParams(row.params) })),
  };
}

/** Marks the user's own notifications read: the listed ones, or all of them. Others' are never touched. */
export async function markNotificationsRead(user: SessionUser, ids: string[] | "all"): Promise<number> {
  const { count } = await db.notification.updateMany({
    where: { userId: user.id, readAt: null, ...(ids === "all" ? {} : { id: { in: ids } }) },
    data: { readAt: new Date() },
  });
  return count;
}

function parseParams(json: string): NotificationParams {
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === "object" ? (value as NotificationParams) : {};
  } catch {
    return {};
  }
}
