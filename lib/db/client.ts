import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/generated/prisma/client";
import { ensureSqliteFolder } from "./sqlite-url";

export type Db = PrismaClient;

/** Wait this long for another writer instead of failing with "database is locked". */
export const BUSY_TIMEOUT_MS = 5000;

/**
 * Set on every connection before its first query. WAL lets readers go on while one request writes;
 * synchronous FULL syncs each commit to disk, so a saved status or upload survives a power cut too;
 * foreign keys are SQLite's only guard against rows that point at nothing.
 */
export const SQLITE_PRAGMAS = ["journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON"] as const;

class ConfiguredSqliteAdapter extends PrismaBetterSQLite3 {
  override async connect() {
    const adapter = await super.connect();
    await adapter.executeScript(SQLITE_PRAGMAS.map((pragma) => `PRAGMA ${pragma};`).join("\n"));
    return adapter;
  }
}

/**
 * A Prisma client over better-sqlite3. Used by the server's data layer, the seed and the tests;
 * application code reaches it only through `lib/dal`.
 */
export function createPrismaClient(databaseUrl: string): PrismaClient {
  ensureSqliteFolder(databaseUrl);
  const adapter = new ConfiguredSqliteAdapter({ url: databaseUrl, timeout: BUSY_TIMEOUT_MS });
  return new PrismaClient({ adapter });
}
