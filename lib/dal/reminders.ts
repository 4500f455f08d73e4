import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { UserRole } from "@/generated/prisma/enums";
import { todayUtc } from "@/lib/format/project-months";
import { composeDigest, type DigestEntry } from "@/lib/reminders/digest";
import { reminderKindFor } from "@/lib/reminders/reminder-kind";
import { db } from "./db";
import { findDeadlinesFor } from "./deadlines";
import { queueEmail } from "./outbox";

/** Who owes or oversees deadlines: partners for their organisation, leads and coordinators for their projects. */
const REMINDED_ROLES: UserRole[] = ["PARTNER", "PROJECT_LEAD", "COORDINATOR"];

export type ReminderRunResult = { usersReminded: number; remindersQueued: number };

/**
 * Queues one digest per user of the deadlines that have come within 14, 7 or 1 days, or passed, since
 * they were last reminded. Each reminder given is recorded under a unique key (user, deadline, kind, due
 * date) in the same transaction as the e-mail, so a second run, even a simultaneous one, sends nothing twice.
 */
export async function queueReminderDigests(options: { now?: Date; appUrl: string }): Promise<ReminderRunResult> {
  const today = todayUtc(options.now ?? new Date());
  const users = await db.user.findMany({
    where: { deactivatedAt: null, emailReminders: true, role: { in: REMINDED_ROLES } },
    select: { id: true, email: true, name: true, role: true, organisationId: true, locale: true },
    orderBy: { email: "asc" },
  });
  const result: ReminderRunResult = { usersReminded: 0, remindersQueued: 0 };
  for (const user of users) {
    const due: DigestEntry[] = [];
    for (const deadline of await findDeadlinesFor(user)) {
      const kind = deadline.done ? null : reminderKindFor(deadline.dueDate, today);
      if (kind) due.push({ deadline, kind });
    }
    if (due.length === 0) continue;
    const given = [];
    // In slices: SQLite bounds the number of values in one statement, and a coordinator sees thousands of deadlines.
    for (const slice of slices(due.map((entry) => entry.deadline.id))) {
      given.push(
        ...(await db.reminderSent.findMany({
          where: { userId: user.id, itemId: { in: slice } },
          select: { itemKind: true, itemId: true, kind: true, dueDate: true },
        })),
      );
    }
    const givenKeys = new Set(given.map((row) => reminderKey(row.itemKind, row.itemId, row.kind, row.dueDate)));
    const fresh = due.filter(
      ({ deadline, kind }) => !givenKeys.has(reminderKey(deadline.kind, deadline.id, kind, deadline.dueDate)),
    );
    if (fresh.length === 0) continue;
    const digest = composeDigest({ name: user.name, locale: user.locale, appUrl: options.appUrl, entries: fresh });
    try {
      await db.$transaction(async (tx) => {
        for (const slice of slices(fresh)) {
          await tx.reminderSent.createMany({
            data: slice.map(({ deadline, kind }) => ({
              userId: user.id,
              itemKind: deadline.kind,
              itemId: deadline.id,
              kind,
              dueDate: deadline.dueDate,
            })),
          });
        }
        await queueEmail(tx, { to: user.email, ...digest });
      });
    } catch (error) {
      // Another run recorded some of these reminders first: it has sent them, so this one stays quiet.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") continue;
      throw error;
    }
    result.usersReminded += 1;
    result.remindersQueued += fresh.length;
  }
  return result;
}

const SLICE = 500;

function slices<T>(items: T[]): T[][] {
  return Array.from({ length: Math.ceil(items.length / SLICE) }, (_, index) =>
    items.slice(index * SLICE, (index + 1) * SLICE),
  );
}

function reminderKey(itemKind: string, itemId: string, kind: string, dueDate: Date): string {
  return `${itemKind}:${itemId}:${kind}:${dueDate.toISOString()}`;
}
