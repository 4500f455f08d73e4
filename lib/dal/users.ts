import "server-only";
import type { z } from "zod";
import type { SessionUser } from "@/lib/access/permissions";
import { dummyPasswordHash, verifyPassword } from "@/lib/auth/password";
import { AppError, notFound } from "@/lib/errors";
import type { ZSetUserActiveInput } from "@/lib/validation/user";
import { recordAudit } from "./audit";
import { db } from "./db";
import { requireRole } from "./guards";

/** The fields of a user that make a SessionUser. */
export const sessionUserSelect = { id: true, email: true, name: true, role: true, organisationId: true } as const;

/** The active user with these credentials, or null. Unknown e-mails cost as much time as wrong passwords. */
export async function findUserByCredentials(email: string, password: string): Promise<SessionUser | null> {
  const user = await db.user.findUnique({
    where: { email: email.toLowerCase() },
    select: { ...sessionUserSelect, passwordHash: true, deactivatedAt: true },
  });
  if (!user?.passwordHash || user.deactivatedAt) {
    await verifyPassword(await dummyPasswordHash(), password);
    return null;
  }
  if (!(await verifyPassword(user.passwordHash, password))) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, organisationId: user.organisationId };
}

/** What the header shows beside the user's name: the organisation's name and how many notifications are unread. */
export type HeaderSummary = { organisationName: string | null; unread: number };

/**
 * An active user by id, while the session's version is the user's current one: the session carries only
 * the id and the version, so roles and deactivation apply at once, and a session ended by sign-out or
 * deactivation opens nothing, even with its cookie kept. With what the header shows, as every page asks for
 * both: the user and the organisation, and the unread count on the userId-readAt index. Prisma would count
 * a relation by grouping every user's unread notifications, so the count is a query of its own.
 */
export async function getSessionAccount(
  userId: string,
  sessionVersion: number,
): Promise<{ user: SessionUser; header: HeaderSummary } | null> {
  const [row, unread] = await Promise.all([
    db.user.findFirst({
      where: { id: userId, deactivatedAt: null, sessionVersion },
      select: { ...sessionUserSelect, organisation: { select: { name: true } } },
    }),
    db.notification.count({ where: { userId, readAt: null } }),
  ]);
  if (!row) return null;
  const { organisation, ...user } = row;
  return { user, header: { organisationName: organisation?.name ?? null, unread } };
}

/** The version a new session of this user carries. */
export async function getSessionVersion(userId: string): Promise<number | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { sessionVersion: true } });
  return user?.sessionVersion ?? null;
}

/**
 * Ends every session of this user issued so far (sign-out, deactivation, reactivation, and any later
 * change of password or role): their cookies carry an older version from now on.
 */
export async function endSessions(userId: string, client: Pick<typeof db, "user"> = db): Promise<void> {
  await client.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}

/** For single sign-on: the identity provider vouches for the e-mail, which must belong to an active user. */
export async function getActiveUserByEmail(email: string): Promise<SessionUser | null> {
  return db.user.findFirst({ where: { email: email.toLowerCase(), deactivatedAt: null }, select: sessionUserSelect });
}

export async function recordSignIn(userId: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { lastSignInAt: new Date() } });
}

const ADMINS = ["ADMIN" as const];

export async function findUsers(user: SessionUser) {
  requireRole(user, ADMINS);
  const [users, invitations] = await Promise.all([
    db.user.findMany({
      orderBy: [{ deactivatedAt: { sort: "asc", nulls: "first" } }, { name: "asc" }],
      select: {
        id: true,
        name: true,
        email: true,
        role: true,
        deactivatedAt: true,
        lastSignInAt: true,
        organisation: { select: { name: true } },
        memberships: { select: { role: true, project: { select: { acronym: true } } } },
      },
    }),
    db.invitation.findMany({
      where: { acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
      orderBy: { createdAt: "desc" },
      select: { id: true, email: true, name: true, role: true, expiresAt: true },
    }),
  ]);
  return { users, invitations };
}

export async function setUserActive(user: SessionUser, input: z.output<typeof ZSetUserActiveInput>): Promise<void> {
  requireRole(user, ADMINS);
  if (input.userId === user.id && !input.isActive) throw new AppError("CONFLICT", "cannotDeactivateSelf");
  await db.$transaction(async (tx) => {
    const target = await tx.user.findUnique({ where: { id: input.userId }, select: { id: true, deactivatedAt: true } });
    if (!target) throw notFound("theUser");
    const deactivatedAt = input.isActive ? null : (target.deactivatedAt ?? new Date());
    await tx.user.update({ where: { id: target.id }, data: { deactivatedAt } });
    // Sessions from before a deactivation stay ended after a reactivation: the person signs in again.
    await endSessions(target.id, tx);
    await recordAudit(tx, {
      actorId: user.id,
      action: input.isActive ? "user.reactivate" : "user.deactivate",
      entityType: "User",
      entityId: target.id,
      before: { deactivatedAt: target.deactivatedAt },
      after: { deactivatedAt },
    });
  });
}
