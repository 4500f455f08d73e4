import "server-only";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import type { UserRole } from "@/generated/prisma/enums";
import { getSessionAccount, type HeaderSummary } from "@/lib/dal/users";
import { readSessionToken } from "./next-auth";
import type { SessionUser } from "@/lib/access/permissions";

/**
 * For the app's header: the signed-in user with the organisation's name and the unread count, or null. Read once per
 * request, for the layout and the page alike.
 */
export const getSessionWithHeader = cache(async (): Promise<{ user: SessionUser; header: HeaderSummary } | null> => {
  const token = await readSessionToken();
  const userId = token?.uid;
  const sessionVersion = token?.sv;
  if (typeof userId !== "string" || !userId || typeof sessionVersion !== "number") return null;
  return getSessionAccount(userId, sessionVersion);
});

/**
 * The signed-in, active user of this request, or null. The role and organisation come from the
 * database on every request, so a deactivation or role change applies at once; a session whose version
 * is no longer the user's (signed out, deactivated since) counts as none.
 */
export async function getSessionUser(): Promise<SessionUser | null> {
  return (await getSessionWithHeader())?.user ?? null;
}

/** For pages: the signed-in user, or a redirect to the sign-in page. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  return user;
}

/** For pages only some roles may open: others get "not found", like a page that does not exist. */
export async function requireUserWithRole(roles: UserRole[]): Promise<SessionUser> {
  const user = await requireUser();
  if (!roles.includes(user.role)) notFound();
  return user;
}
