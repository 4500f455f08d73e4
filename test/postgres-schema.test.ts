/**
 * PostgreSQL's schema is derived from the SQLite one and has migrations of its own: the committed derived
 * schema must be what the SQLite schema gives, and (on PostgreSQL) the migrations must build exactly the
 * database that schema describes.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
// @ts-expect-error -- a plain ES module script, shared with `npm run db:postgres-schema`
import { derivePostgresSchema, POSTGRES_SCHEMA, SQLITE_SCHEMA } from "@/scripts/postgres-schema.mjs";
import { onPostgres, postgresSchema } from "./raw-sql";

describe("the PostgreSQL schema", () => {
  it("is the one derived from prisma/schema.prisma (run npm run db:postgres-schema after changing it)", () => {
    expect(readFileSync(POSTGRES_SCHEMA, "utf8")).toBe(derivePostgresSchema(readFileSync(SQLITE_SCHEMA, "utf8")));
  });

  it.runIf(onPostgres)("is built exactly by the PostgreSQL migrations (no drift)", async () => {
    const fromSchema = execFileSync(
      path.resolve("node_modules/.bin/prisma"),
      ["migrate", "diff", "--from-empty", "--to-schema-datamodel", POSTGRES_SCHEMA, "--script"],
      { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
    );
    const client = new pg.Client({ connectionString: process.env.TEST_POSTGRES_URL });
    await client.connect();
    const reference = `${postgresSchema}_reference`;
    try {
      await client.query("SET client_min_messages TO WARNING");
      await client.query(`CREATE SCHEMA "${reference}"`);
      await client.query(`SET search_path TO "${reference}"`);
      await client.query(fromSchema);
      expect(await describeSchema(client, postgresSchema)).toEqual(await describeSchema(client, reference));
    } finally {
      await client.query(`DROP SCHEMA IF EXISTS "${reference}" CASCADE`);
      await client.end();
    }
  });
});

/** Tables, columns, indexes, constraints and enums of a schema, with the schema's own name left out. */
async function describeSchema(client: pg.Client, schema: string) {
  // Seen from inside the schema, names and defaults are not qualified with it.
  await client.query(`SET search_path TO "${schema}"`);
  const query = async (sql: string) =>
    (await client.query(sql, [schema])).rows.map((row) => JSON.stringify(row).replaceAll(`${schema}.`, ""));
  return {
    columns: await query(
      `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default, numeric_precision, numeric_scale
       FROM information_schema.columns WHERE table_schema = $1 AND table_name <> '_prisma_migrations' ORDER BY table_name, column_name`,
    ),
    indexes: await query(
      `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = $1 AND tablename <> '_prisma_migrations' ORDER BY indexname`,
    ),
    constraints: await query(
      `SELECT conrelid::regclass::text AS table_name, conname, pg_get_constraintdef(oid) AS definition FROM pg_constraint
       WHERE connamespace = $1::regnamespace ORDER BY conname`,
    ),
    enums: await query(
      `SELECT t.typname, array_agg(e.enumlabel ORDER BY e.enumsortorder) AS labels FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
       WHERE t.typnamespace = $1::regnamespace GROUP BY t.typname ORDER BY t.typname`,
    ),
  };
}
