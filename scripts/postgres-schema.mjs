// The PostgreSQL schema is derived from prisma/schema.prisma (SQLite, the default), never edited by hand:
// Prisma chooses one provider per schema, so the PostgreSQL client and migrations need a schema of their own.
//
//   node scripts/postgres-schema.mjs           writes prisma/postgresql/schema.prisma
//   node scripts/postgres-schema.mjs --check   fails when the committed file is not what the SQLite schema gives
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const SQLITE_SCHEMA = "prisma/schema.prisma";
export const POSTGRES_SCHEMA = "prisma/postgresql/schema.prisma";

const HEADER = `// GENERATED from prisma/schema.prisma by \`npm run db:postgres-schema\`: do not edit. CI checks that it matches.
// The same models for PostgreSQL (set DATABASE_URL to a postgresql:// URL); see the README.

`;

/** The PostgreSQL schema for a SQLite schema's text. */
export function derivePostgresSchema(sqliteSchema) {
  const replacements = [
    [/output(\s*)= "\.\.\/generated\/prisma"/, 'output$1= "../../generated/prisma-pg"'],
    [/provider = "sqlite"/, 'provider = "postgresql"'],
    [/url(\s*)= "file:[^"]*"/, 'url$1= "postgresql://localhost:5432/consortia"'],
  ];
  let schema = sqliteSchema;
  for (const [pattern, replacement] of replacements) {
    if (!pattern.test(schema))
      throw new Error(`${SQLITE_SCHEMA} no longer contains ${pattern}: update scripts/postgres-schema.mjs`);
    schema = schema.replace(pattern, replacement);
  }
  return HEADER + schema;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const expected = derivePostgresSchema(readFileSync(SQLITE_SCHEMA, "utf8"));
  if (process.argv.includes("--check")) {
    let actual = "";
    try {
      actual = readFileSync(POSTGRES_SCHEMA, "utf8");
    } catch {}
    if (actual !== expected) {
      console.error(`${POSTGRES_SCHEMA} is out of date: run npm run db:postgres-schema and commit it.`);
      process.exit(1);
    }
    console.log(`${POSTGRES_SCHEMA} matches ${SQLITE_SCHEMA}.`);
  } else {
    writeFileSync(path.resolve(POSTGRES_SCHEMA), expected);
    console.log(`Wrote ${POSTGRES_SCHEMA}.`);
  }
}
