import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/generated/prisma-pg/client";
import { isPostgresUrl, postgresConnection } from "./postgres-url";
import "./query-plans";
import { ensureSqliteFolder } from "./sqlite-url";

/**
 * The app's database client. Its type is the SQLite client's: the PostgreSQL client is generated from a
 * schema derived from the same file (scripts/postgres-schema.mjs), so the two have the same models and
 * methods, and the app uses nothing that exists in only one of them.
 */
export type Db = PrismaClient;

/** Wait this long for another writer instead of failing with "database is locked". */
export const BUSY_TIMEOUT_MS = 5000;

/**
 * Set on every SQLite connection before its first query. WAL lets readers go on while one request writes;
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
 * A Prisma client for DATABASE_URL: SQLite through better-sqlite3, or PostgreSQL through node-postgres.
 * Used by the server's data layer, the seed and the tests; application code reaches it only through `lib/dal`.
 */
export function createPrismaClient(databaseUrl: string): Db {
  if (isPostgresUrl(databaseUrl)) {
    const { connectionString, schema } = postgresConnection(databaseUrl);
    return new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString }, { schema }) }) as unknown as Db;
  }
  ensureSqliteFolder(databaseUrl);
  const adapter = new ConfiguredSqliteAdapter({ url: databaseUrl, timeout: BUSY_TIMEOUT_MS });
  return new PrismaClient({ adapter });
}
