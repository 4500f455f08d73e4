import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/lib/access/permissions";
import { env } from "@/lib/env";
import type { MailTransport } from "@/lib/mail/transport";
import { db } from "./db";
import { requireRole } from "./guards";

type Email = { to: string; subject: string; body: string };

/** After this many refusals a message is left in the outbox for an administrator to pass on by hand. */
export const MAX_DELIVERY_ATTEMPTS = 5;

/**
 * Queues an e-mail in the caller's transaction, so that it exists exactly when the change that caused it
 * does. Without an SMTP server the outbox is where administrators read it.
 */
export async function queueEmail(tx: Prisma.TransactionClient, email: Email): Promise<void> {
  await tx.outboxEmail.create({ data: email });
}

export async function findOutbox(user: SessionUser, limit = 50) {
  requireRole(user, ["ADMIN"]);
  return db.outboxEmail.findMany({ orderBy: { createdAt: "desc" }, take: limit });
}

export type DeliveryResult = { sent: number; failed: number };

/**
 * Sends what waits in the outbox, oldest first. Each message is marked sent only once the server has
 * accepted it; a refusal is counted and retried by the next run, up to MAX_DELIVERY_ATTEMPTS.
 */
export async function deliverOutbox(transport: MailTransport, limit = 200): Promise<DeliveryResult> {
  const waiting = await db.outboxEmail.findMany({
    where: { sentAt: null, failedAttempts: { lt: MAX_DELIVERY_ATTEMPTS } },
    orderBy: { createdAt: "asc" },
    take: limit,
  });
  const result: DeliveryResult = { sent: 0, failed: 0 };
  for (const email of waiting) {
    try {
      await transport.sendMail({ from: env.MAIL_FROM, to: email.to, subject: email.subject, text: email.body });
      await db.outboxEmail.update({ where: { id: email.id }, data: { sentAt: new Date(), lastError: null } });
      result.sent += 1;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await db.outboxEmail.update({
        where: { id: email.id },
        data: { failedAttempts: { increment: 1 }, lastError: message.slice(0, 500) },
      });
      result.failed += 1;
    }
  }
  return result;
}
