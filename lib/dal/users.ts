import "server-only";
import { dummyPasswordHash, verifyPassword } from "@/lib/auth/password";
import type { SessionUser } from "@/lib/auth/permissions";
import { db } from "./db";

const sessionUserSelect = { id: true, email: true, name: true, role: true, organisationId: true } as const;

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

/** An active user by id: the session only carries the id, so roles and deactivation apply at once. */
export async function getActiveUserById(userId: string): Promise<SessionUser | null> {
  return db.user.findFirst({ where: { id: userId, deactivatedAt: null }, select: sessionUserSelect });
}

/** For single sign-on: the identity provider vouches for the e-mail, which must belong to an active user. */
export async function getActiveUserByEmail(email: string): Promise<SessionUser | null> {
  return db.user.findFirst({ where: { email: email.toLowerCase(), deactivatedAt: null }, select: sessionUserSelect });
}

export async function recordSignIn(userId: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { lastSignInAt: new Date() } });
}

export async function getUserOrganisationName(user: SessionUser): Promise<string | null> {
  if (!user.organisationId) return null;
  const organisation = await db.organisation.findUnique({
    where: { id: user.organisationId },
    select: { name: true },
  });
  return organisation?.name ?? null;
}
