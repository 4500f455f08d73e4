import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/lib/access/permissions";
import { AppError } from "@/lib/errors";
import { db } from "./db";

type AuditEntry = {
  actorId: string;
  action: string;
  entityType: string;
  entityId: string;
  projectId?: string | null;
  /** The project partner the record belongs to, for records only that partner (and funding readers) may read. */
  partnerId?: string | null;
  before?: unknown;
  after?: unknown;
};

/** Decimal and Date values become strings, so snapshots read the same in the log and in CSV. */
function snapshot(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}

const auditRow = (entry: AuditEntry) => ({
  actorId: entry.actorId,
  action: entry.action,
  entityType: entry.entityType,
  entityId: entry.entityId,
  projectId: entry.projectId ?? null,
  partnerId: entry.partnerId ?? null,
  before: snapshot(entry.before),
  after: snapshot(entry.after),
});

/** Writes one audit event inside the caller's transaction, so that the change and its record stand or fall together. */
export async function recordAudit(tx: Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({ data: auditRow(entry) });
}

/** Writes many audit events in one statement, for a change of many records at once (an import). */
export async function recordAudits(tx: Prisma.TransactionClient, entries: AuditEntry[]): Promise<void> {
  await tx.auditEvent.createMany({ data: entries.map(auditRow) });
}

/** A refusal on the record says what was asked for, not the input: ids only, never free text. */
function targetIdsOf(input: unknown): Record<string, string> {
  const ids: Record<string, string> = {};
  if (input && typeof input === "object") {
    for (const [key, value] of Object.entries(input)) {
      if (/Id$/.test(key) && typeof value === "string") ids[key] = value.slice(0, 64);
    }
  }
  return ids;
}

/**
 * Writes an audit event of a refused request (allowed = false): a signed-in person asked for something
 * their role or organisation does not allow, or that is invisible to them. Written on its own, after the
 * refused change rolled back. Requests without a session are not recorded: anyone could fill the table.
 */
export async function recordRefusal(
  actor: SessionUser,
  action: string,
  error: unknown,
  input?: unknown,
): Promise<void> {
  if (!(error instanceof AppError) || (error.code !== "FORBIDDEN" && error.code !== "NOT_FOUND")) return;
  try {
    await db.auditEvent.create({
      data: {
        actorId: actor.id,
        action: `${action}.refused`,
        entityType: "request",
        entityId: null,
        allowed: false,
        after: JSON.stringify({ code: error.code, role: actor.role, ...targetIdsOf(input) }),
      },
    });
  } catch (auditError) {
    // The refusal stands whether or not it could be recorded.
    console.error("Could not record a refused request", auditError);
  }
}
