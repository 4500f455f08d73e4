/**
 * Reads the database of the current worker's end-to-end server directly, to check what pages add up and that
 * nothing changed: its SQLite file by default, or its schema in the PostgreSQL database of E2E_DATABASE_URL.
 * Queries use $1, $2… placeholders and double-quoted names, which both databases understand.
 */
import Database from "better-sqlite3";
import path from "node:path";
import pg from "pg";
import { test } from "@playwright/test";
import { isPostgresUrl, postgresConnection } from "../lib/db/postgres-url";
import { e2eDatabaseUrl } from "./servers";

/** The database of the worker running the current test. */
const databaseUrl = () => e2eDatabaseUrl(test.info().parallelIndex);

export async function queryE2eDatabase<Row>(sql: string, params: unknown[] = []): Promise<Row[]> {
  const url = databaseUrl();
  if (isPostgresUrl(url)) return queryPostgres<Row>(url, sql, params);
  const database = new Database(path.resolve(url.slice("file:".length)), { readonly: true, fileMustExist: true });
  try {
    return database.prepare(sql.replace(/\$\d+/g, "?")).all(...params) as Row[];
  } finally {
    database.close();
  }
}

/** A query on the PostgreSQL database of `databaseUrl`, in its schema (Prisma's `?schema=`). */
export async function queryPostgres<Row>(databaseUrl: string, sql: string, params: unknown[] = []): Promise<Row[]> {
  const { connectionString, schema } = postgresConnection(databaseUrl);
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query(`SET search_path TO "${schema}"`);
    return (await client.query(sql, params)).rows as Row[];
  } finally {
    await client.end();
  }
}

/** The names of the database's tables and of their columns. */
export async function tablesOfE2eDatabase(): Promise<Map<string, string[]>> {
  const url = databaseUrl();
  const rows = isPostgresUrl(url)
    ? await queryE2eDatabase<{ table: string; column: string }>(
        `SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns WHERE table_schema = $1 ORDER BY 1, 2`,
        [postgresConnection(url).schema],
      )
    : await queryE2eDatabase<{ table: string; column: string }>(
        `SELECT m.name AS "table", p.name AS "column" FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' ORDER BY 1, 2`,
      );
  const tables = new Map<string, string[]>();
  for (const { table, column } of rows) tables.set(table, [...(tables.get(table) ?? []), column]);
  return tables;
}
