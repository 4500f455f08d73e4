import { db } from "@/lib/dal/db";
import { qualified } from "./raw-sql";

const TABLES = [
  "FundingProgramme", "Call", "Organisation", "Project", "ProjectPartner", "ProjectMembership", "ReportingPeriod",
  "WorkPackage", "Deliverable", "DeliverableStatusChange", "DeliverableComment", "Milestone", "PartnerReport", "StoredFile",
  "BudgetLine", "Payment", "User", "Invitation", "OutboxEmail", "AuditEvent",
];

/**
 * Every row of the tables the setup actions touch: equal snapshots mean nothing changed. Audit events of
 * refusals (allowed = false) are left out: a refused request is meant to add exactly that record.
 */
export async function snapshotDatabase(): Promise<Record<string, unknown[]>> {
  const entries = await Promise.all(
    TABLES.map(async (table) => {
      const where = table === "AuditEvent" ? ` WHERE "allowed" = true` : "";
      return [table, await db.$queryRawUnsafe<unknown[]>(`SELECT * FROM ${qualified(table)}${where} ORDER BY "id"`)] as const;
    }),
  );
  return Object.fromEntries(entries);
}
