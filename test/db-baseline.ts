/**
 * A saved copy of the test database that can be put back in milliseconds, so that each call of a long
 * table of cases starts from the same data. Works on SQLite (an attached copy of the file) and on
 * PostgreSQL (a copy of every table in a schema of its own).
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { db } from "@/lib/dal/db";
import { listTables, onPostgres, postgresSchema, qualified } from "./raw-sql";

let baseline: string | null = null;
let tables: string[] = [];

/** Saves the database as it is now. */
export async function saveBaseline(): Promise<void> {
  tables = await listTables();
  if (onPostgres) {
    baseline = `${postgresSchema}_baseline`;
    await db.$executeRawUnsafe(`DROP SCHEMA IF EXISTS "${baseline}" CASCADE`);
    await db.$executeRawUnsafe(`CREATE SCHEMA "${baseline}"`);
    for (const table of tables)
      await db.$executeRawUnsafe(`CREATE TABLE "${baseline}"."${table}" AS SELECT * FROM ${qualified(table)}`);
    return;
  }
  if (baseline) await db.$executeRawUnsafe("DETACH DATABASE baseline");
  const file = path.join(mkdtempSync(path.join(tmpdir(), "consortia-baseline-")), "baseline.db");
  await db.$executeRawUnsafe(`VACUUM INTO '${file}'`);
  await db.$executeRawUnsafe(`ATTACH DATABASE '${file}' AS baseline`);
  baseline = "baseline";
}

/** Puts every table back as it was saved, in one transaction. */
export async function restoreBaseline(): Promise<void> {
  if (!baseline) throw new Error("saveBaseline() first");
  const source = baseline;
  const refill = async (tx: Pick<typeof db, "$executeRawUnsafe">) => {
    for (const table of tables) {
      await tx.$executeRawUnsafe(`DELETE FROM ${qualified(table)}`);
      await tx.$executeRawUnsafe(`INSERT INTO ${qualified(table)} SELECT * FROM "${source}"."${table}"`);
    }
  };
  if (onPostgres) {
    // Foreign-key triggers off while the tables are emptied and refilled one by one.
    await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL session_replication_role = replica");
      await refill(tx);
    });
    return;
  }
  // Foreign keys off while tables are emptied and refilled one by one (RESTRICT cannot be deferred).
  await db.$executeRawUnsafe("PRAGMA foreign_keys = OFF");
  try {
    await db.$transaction(refill);
  } finally {
    await db.$executeRawUnsafe("PRAGMA foreign_keys = ON");
  }
}
