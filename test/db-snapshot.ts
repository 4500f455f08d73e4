import { db } from "@/lib/dal/db";
import { listTables, qualified } from "./raw-sql";

/**
 * Every row of every table: equal snapshots mean nothing changed. Audit events of refusals
 * (allowed = false) and failed attempts at the public doors (SignInFailure, the throttle's counter) are
 * left out: a refused request is meant to add exactly that record.
 */
export async function snapshotDatabase(): Promise<Record<string, unknown[]>> {
  const entries = await Promise.all(
    (await listTables())
      .filter((table) => table !== "SignInFailure")
      .map(async (table) => {
        const where = table === "AuditEvent" ? ` WHERE "allowed" = true` : "";
        return [
          table,
          await db.$queryRawUnsafe<unknown[]>(`SELECT * FROM ${qualified(table)}${where} ORDER BY 1`),
        ] as const;
      }),
  );
  return Object.fromEntries(entries);
}
