import "server-only";
import type { NotificationKind, Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/permissions";
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
 * Tells the people concerned about a change, inside the change's own transaction. The one who made the
 * change is not told about it.
 */
export async function announce(tx: Prisma.TransactionClient, announcement: Announcement): Promise<void> {
  const routes: Prisma.UserWhereInput[] = [];
  if (announcement.toLeads) {
    routes.push({ memberships: { some: { projectId: announcement.projectId, role: "LEAD" } } });
  }
  if (announcement.toPartnerId) {
    routes.push({ role: "PARTNER", organisation: { partnerships: { some: { id: announcement.toPartnerId } } } });
  }
  if (routes.length === 0) return;
  const recipients = await tx.user.findMany({
    where: { OR: routes, deactivatedAt: null, id: { not: announcement.actorId } },
    select: { id: true },
  });
  if (recipients.length === 0) return;
  const params = JSON.stringify(announcement.params);
  await tx.notification.createMany({
    data: recipients.map((recipient) => ({
      userId: recipient.id,
      kind: announcement.kind,
      params,
      href: announcement.href,
    })),
  });
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
