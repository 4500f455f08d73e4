import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/permissions";
import { db } from "./db";
import { requireRole } from "./guards";

type Email = { to: string; subject: string; body: string };

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
