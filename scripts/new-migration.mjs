// Writes a new migration from the change to prisma/schema.prisma since the last migration, for SQLite and, from
// the derived schema, for PostgreSQL (prisma/postgresql/migrations), and brings the derived schema up to date.
//
// `prisma migrate dev` needs a shadow database, and neither it nor `migrate diff --from-migrations` can replay
// multi-statement migrations through the SQLite driver adapter. So the script applies the migrations to a
// scratch SQLite file, finds the newest committed schema.prisma that builds exactly that database, and writes
// the difference between it and the working schema. Whether the schema change is committed yet does not matter.
//
// Usage: npm run db:new-migration -- add-invitations
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import { tmpdir } from "node:os";
import path from "node:path";
import { derivePostgresSchema, POSTGRES_SCHEMA, SQLITE_SCHEMA } from "./postgres-schema.mjs";
import { applyMigrations, describeSqliteSchema, execSqlite } from "./sqlite-schema.mjs";

const MIGRATIONS = "prisma/migrations";

const name = process.argv[2];
if (!name || !/^[a-z0-9-]+$/.test(name)) {
  console.error("Usage: npm run db:new-migration -- <name-in-kebab-case>");
  process.exit(1);
}
const git = (...args) => execFileSync("git", args, { encoding: "utf8" });
if (git("status", "--porcelain", "--", MIGRATIONS, "prisma/postgresql/migrations").trim()) {
  console.error("There are uncommitted migrations: commit or remove them first.");
  process.exit(1);
}
const diff = (from, to) =>
  execFileSync(
    path.resolve("node_modules/.bin/prisma"),
    ["migrate", "diff", from === null ? "--from-empty" : "--from-schema-datamodel", from, "--to-schema-datamodel", to]
      .filter((arg) => arg !== null)
      .concat("--script"),
    { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
  );

const scratch = mkdtempSync(path.join(tmpdir(), "consortia-schema-"));
const migrated = path.join(scratch, "migrated.db");
applyMigrations(migrated, MIGRATIONS);
const migratedShape = describeSqliteSchema(migrated);

/** The newest committed schema.prisma that the migrations build exactly, written to the scratch folder. */
function schemaOfMigrations() {
  const commits = git("log", "--format=%H", "-n", "30", "--", SQLITE_SCHEMA).split("\n").filter(Boolean);
  for (const [index, commit] of commits.entries()) {
    const file = path.join(scratch, `schema-${index}.prisma`);
    writeFileSync(file, git("show", `${commit}:${SQLITE_SCHEMA}`));
    const database = path.join(scratch, `schema-${index}.db`);
    execSqlite(database, diff(null, file));
    if (isDeepStrictEqual(describeSqliteSchema(database), migratedShape)) return file;
  }
  console.error("None of the last 30 committed versions of prisma/schema.prisma is what the migrations build.");
  process.exit(1);
}
const previous = schemaOfMigrations();
const previousSqlite = readFileSync(previous, "utf8");

const sql = diff(previous, SQLITE_SCHEMA);
if (!/\b(CREATE|ALTER|DROP|INSERT|PRAGMA)\b/.test(sql)) {
  console.log("prisma/schema.prisma has not changed since the last migration: no migration written.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const folder = path.join(MIGRATIONS, `${stamp}_${name.replace(/-/g, "_")}`);
mkdirSync(folder, { recursive: true });
writeFileSync(path.join(folder, "migration.sql"), sql);
console.log(`Wrote ${folder}/migration.sql. Apply it with npm run db:migrate.`);

const previousPostgres = path.join(scratch, "postgresql.prisma");
writeFileSync(previousPostgres, derivePostgresSchema(previousSqlite));
writeFileSync(POSTGRES_SCHEMA, derivePostgresSchema(readFileSync(SQLITE_SCHEMA, "utf8")));
const postgresFolder = path.join("prisma", "postgresql", "migrations", path.basename(folder));
mkdirSync(postgresFolder, { recursive: true });
writeFileSync(path.join(postgresFolder, "migration.sql"), diff(previousPostgres, POSTGRES_SCHEMA));
console.log(`Wrote ${POSTGRES_SCHEMA} and ${postgresFolder}/migration.sql.`);
