import Database from "better-sqlite3";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/generated/prisma/client";
import { ensureSqliteFolder, sqliteFilePath } from "./sqlite-url";

export type Db = PrismaClient;

/** Wait this long for another writer instead of failing with "database is locked". */
const BUSY_TIMEOUT_MS = 5000;

/**
 * A Prisma client over better-sqlite3. Used by the server's data layer, the seed and the tests;
 * application code reaches it only through `lib/dal`.
 */
export function createPrismaClient(databaseUrl: string): PrismaClient {
  ensureSqliteFolder(databaseUrl);
  // WAL lets readers go on while one request writes; the mode is stored in the file itself.
  const setup = new Database(sqliteFilePath(databaseUrl), { timeout: BUSY_TIMEOUT_MS });
  setup.pragma("journal_mode = WAL");
  setup.close();
  const adapter = new PrismaBetterSQLite3({ url: databaseUrl, timeout: BUSY_TIMEOUT_MS });
  return new PrismaClient({ adapter });
}
