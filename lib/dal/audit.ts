import "server-only";
import type { Prisma } from "@/generated/prisma/client";

type AuditEntry = {
  actorId: string;
  action: string;
  entityType: string;
  entityId: string;
  projectId?: string | null;
  before?: unknown;
  after?: unknown;
};

/** Decimal and Date values become strings, so snapshots read the same in the log and in CSV. */
function snapshot(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}

/** Writes one audit event inside the caller's transaction, so that the change and its record stand or fall together. */
export async function recordAudit(tx: Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      projectId: entry.projectId ?? null,
      before: snapshot(entry.before),
      after: snapshot(entry.after),
    },
  });
}
