import { db } from "@/lib/dal/db";

const TABLES = [
  "FundingProgramme", "Call", "Organisation", "Project", "ProjectPartner", "ProjectMembership", "ReportingPeriod",
  "WorkPackage", "Deliverable", "DeliverableStatusChange", "DeliverableComment", "Milestone", "PartnerReport", "StoredFile",
  "BudgetLine", "Payment", "User", "Invitation", "OutboxEmail", "AuditEvent",
];

/** Every row of the tables the setup actions touch: equal snapshots mean nothing changed. */
export async function snapshotDatabase(): Promise<Record<string, unknown[]>> {
  const entries = await Promise.all(
    TABLES.map(async (table) => [table, await db.$queryRawUnsafe<unknown[]>(`SELECT * FROM "${table}" ORDER BY "id"`)] as const),
  );
  return Object.fromEntries(entries);
}
