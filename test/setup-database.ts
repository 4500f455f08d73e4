/**
 * Every test file gets its own empty database with the real migrations applied, before any app module
 * reads DATABASE_URL: a SQLite file by default, or, when TEST_POSTGRES_URL is set, a PostgreSQL schema
 * of its own (the PostgreSQL migrations, derived from the SQLite ones).
 */
import Database from "better-sqlite3";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll } from "vitest";

const folder = mkdtempSync(path.join(tmpdir(), "consortia-test-"));
process.env.STORAGE_DIR = path.join(folder, "storage");

function migrationsIn(folderName: string): string[] {
  const migrations = path.resolve(folderName);
  return readdirSync(migrations)
    .filter((entry) => /^\d/.test(entry))
    .sort()
    .map((name) => readFileSync(path.join(migrations, name, "migration.sql"), "utf8"));
}

const postgresUrl = process.env.TEST_POSTGRES_URL;
if (postgresUrl) {
  const schema = `test_${randomBytes(6).toString("hex")}`;
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  try {
    await client.query(`CREATE SCHEMA "${schema}"`);
    await client.query(`SET search_path TO "${schema}"`);
    for (const sql of migrationsIn("prisma/postgresql/migrations")) await client.query(sql);
  } finally {
    await client.end();
  }
  // Each file's schema goes when the file is done; quietly, it cascades to every table.
  afterAll(async () => {
    const cleanup = new pg.Client({ connectionString: postgresUrl });
    await cleanup.connect();
    await cleanup.query("SET client_min_messages TO WARNING");
    await cleanup.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await cleanup.end();
  });
  const url = new URL(postgresUrl);
  url.searchParams.set("schema", schema);
  process.env.DATABASE_URL = url.toString();
} else {
  const file = path.join(folder, "test.db");
  process.env.DATABASE_URL = `file:${file}`;
  const database = new Database(file);
  for (const sql of migrationsIn("prisma/migrations")) database.exec(sql);
  database.close();
}
