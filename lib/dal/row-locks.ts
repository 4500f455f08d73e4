import "server-only";
import type { Prisma } from "@/generated/prisma/client";

/** A record that files are uploaded to and that is submitted: a deliverable or a partner report. */
export type HeldRecord = { kind: "deliverable" | "report"; id: string; projectId?: string };

/**
 * Holds the record's row for the rest of the transaction: an update takes the row lock on PostgreSQL (on
 * SQLite, write transactions already run one at a time). Uploads to one record and its submission so
 * follow one another: version numbers never collide, no file slips into a record while it is submitted,
 * and the checks that follow read the row as it is now.
 */
export async function holdRow(tx: Prisma.TransactionClient, record: HeldRecord): Promise<void> {
  const where = { id: record.id, ...(record.projectId ? { projectId: record.projectId } : {}) };
  const touched = { updatedAt: new Date() };
  if (record.kind === "deliverable") await tx.deliverable.updateMany({ where, data: touched });
  else await tx.partnerReport.updateMany({ where, data: touched });
}
