import Database from "better-sqlite3";
import { isPostgresUrl } from "@/lib/db/postgres-url";

/** Statements are counted through better-sqlite3, which prepares every statement Prisma sends: SQLite runs only. */
export const countsStatements = !isPostgresUrl(process.env.DATABASE_URL!);

/** Runs `work`, showing `onPrepare` every statement it prepares on its connection. */
async function watchingStatements(
  work: () => Promise<unknown>,
  onPrepare: (connection: Database.Database, source: string, prepare: typeof Database.prototype.prepare) => void,
): Promise<void> {
  const prepare = Database.prototype.prepare;
  Database.prototype.prepare = function watchedPrepare(this: Database.Database, source: string) {
    onPrepare(this, source, prepare);
    return prepare.call(this, source);
  } as typeof Database.prototype.prepare;
  try {
    await work();
  } finally {
    Database.prototype.prepare = prepare;
  }
}

/** How many SQL statements `work` sends to the database. */
export async function statementsOf(work: () => Promise<unknown>): Promise<number> {
  let statements = 0;
  await watchingStatements(work, () => statements++);
  return statements;
}

/**
 * The tables that `work`'s statements read whole, as SQLite plans them (`SCAN main.Table`), once per statement:
 * a page that reads a table whole slows down as every other project's rows are added.
 */
export async function wholeTableReadsOf(work: () => Promise<unknown>): Promise<string[]> {
  const tables: string[] = [];
  await watchingStatements(work, (connection, source, prepare) => {
    if (!/^\s*SELECT\b/i.test(source)) return;
    // The plan does not depend on the values, so each parameter is bound to null.
    const parameters = new Array<null>(source.split("?").length - 1).fill(null);
    const plan = prepare.call(connection, `EXPLAIN QUERY PLAN ${source}`).all(parameters) as { detail: string }[];
    for (const { detail } of plan) {
      const table = /^SCAN main\.(\w+)/.exec(detail)?.[1];
      if (table) tables.push(table);
    }
  });
  return tables;
}
