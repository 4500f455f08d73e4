import Database from "better-sqlite3";
import { isPostgresUrl } from "@/lib/db/postgres-url";

/** Statements are counted through better-sqlite3, which prepares every statement Prisma sends: SQLite runs only. */
export const countsStatements = !isPostgresUrl(process.env.DATABASE_URL!);

/** How many SQL statements `work` sends to the database. */
export async function statementsOf(work: () => Promise<unknown>): Promise<number> {
  let statements = 0;
  const prepare = Database.prototype.prepare;
  Database.prototype.prepare = function countedPrepare(this: Database.Database, source: string) {
    statements++;
    return prepare.call(this, source);
  } as typeof Database.prototype.prepare;
  try {
    await work();
    return statements;
  } finally {
    Database.prototype.prepare = prepare;
  }
}
