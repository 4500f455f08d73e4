/**
 * A saved copy of the test database that can be put back in milliseconds, so that each call of a long
 * table of cases starts from the same data.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { db } from "@/lib/dal/db";

let attached = false;
let tables: string[] = [];

async function userTables(schema: string): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<{ name: string }[]>(
    `SELECT name FROM ${schema}.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name`,
  );
  return rows.map((row) => row.name);
}

/** Saves the database as it is now. */
export async function saveBaseline(): Promise<void> {
  if (attached) await db.$executeRawUnsafe("DETACH DATABASE baseline");
  const file = path.join(mkdtempSync(path.join(tmpdir(), "consortia-baseline-")), "baseline.db");
  await db.$executeRawUnsafe(`VACUUM INTO '${file}'`);
  await db.$executeRawUnsafe(`ATTACH DATABASE '${file}' AS baseline`);
  attached = true;
  tables = await userTables("main");
}

/** Puts every table back as it was saved, in one transaction. */
export async function restoreBaseline(): Promise<void> {
  if (!attached) throw new Error("saveBaseline() first");
  // Foreign keys off while tables are emptied and refilled one by one (RESTRICT cannot be deferred).
  await db.$executeRawUnsafe("PRAGMA foreign_keys = OFF");
  try {
    await db.$transaction(async (tx) => {
      for (const table of tables) {
        await tx.$executeRawUnsafe(`DELETE FROM main."${table}"`);
        await tx.$executeRawUnsafe(`INSERT INTO main."${table}" SELECT * FROM baseline."${table}"`);
      }
    });
  } finally {
    await db.$executeRawUnsafe("PRAGMA foreign_keys = ON");
  }
}

/** Every row of every table except the audit log, for comparing before and after a refused request. */
export async function snapshotAllButAudit(): Promise<Record<string, unknown[]>> {
  const snapshot: Record<string, unknown[]> = {};
  for (const table of tables.filter((name) => name !== "AuditEvent")) {
    snapshot[table] = await db.$queryRawUnsafe<unknown[]>(`SELECT * FROM main."${table}" ORDER BY rowid`);
  }
  return snapshot;
}
