import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { z } from "zod";
import type { SessionUser } from "@/lib/access/permissions";
import type { ZAccountPreferencesInput } from "@/lib/validation/account";
import { recordAudit } from "./audit";
import { db } from "./db";
import { findDeadlinesFor } from "./deadlines";

export async function getAccountSettings(user: SessionUser) {
  return db.user.findUniqueOrThrow({
    where: { id: user.id },
    select: { locale: true, emailReminders: true, calendarTokenHash: true },
  });
}

export async function saveAccountPreferences(user: SessionUser, input: z.output<typeof ZAccountPreferencesInput>) {
  await db.user.update({ where: { id: user.id }, data: input });
}

export async function saveLocale(user: SessionUser, locale: string) {
  await db.user.update({ where: { id: user.id }, data: { locale } });
}

/** The language a user chose, for the cookie set at sign-in. */
export async function getLocaleOfEmail(email: string): Promise<string | null> {
  return (
    (await db.user.findUnique({ where: { email: email.toLowerCase() }, select: { locale: true } }))?.locale ?? null
  );
}

function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * Gives the user a new secret calendar feed token and returns it. Only its hash is kept, so the address
 * is shown once; making a new one ends the old address at once.
 */
export async function replaceCalendarToken(user: SessionUser): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { calendarTokenHash: hashToken(token) } });
    await recordAudit(tx, { actorId: user.id, action: "user.calendar-feed", entityType: "User", entityId: user.id });
  });
  return token;
}

export async function removeCalendarToken(user: SessionUser): Promise<void> {
  await db.user.update({ where: { id: user.id }, data: { calendarTokenHash: null } });
}

/** The deadlines of the active user whose feed token this is, or null for an unknown or ended token. */
export async function findCalendarFeed(token: string) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const user = await db.user.findFirst({
    where: { calendarTokenHash: hashToken(token), deactivatedAt: null },
    select: { id: true, email: true, name: true, role: true, organisationId: true, locale: true },
  });
  if (!user) return null;
  return { user, deadlines: await findDeadlinesFor(user) };
}
