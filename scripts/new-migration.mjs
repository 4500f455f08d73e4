// Writes a new migration from the change to prisma/schema.prisma since the last commit, for SQLite and, from
// the derived schema, for PostgreSQL (prisma/postgresql/migrations), and brings the derived schema up to date.
//
// `prisma migrate dev` needs a shadow database, and the SQLite driver adapter cannot replay multi-statement
// migrations there. The committed schema always equals the migrations (test/migrations.test.ts checks it),
// so the difference between it and the working schema is exactly the new migration.
//
// Usage: npm run db:new-migration -- add-invitations
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { derivePostgresSchema, POSTGRES_SCHEMA, SQLITE_SCHEMA } from "./postgres-schema.mjs";

const name = process.argv[2];
if (!name || !/^[a-z0-9-]+$/.test(name)) {
  console.error("Usage: npm run db:new-migration -- <name-in-kebab-case>");
  process.exit(1);
}
const scratch = mkdtempSync(path.join(tmpdir(), "consortia-schema-"));
const previousSqlite = execFileSync("git", ["show", "HEAD:prisma/schema.prisma"], { encoding: "utf8" });
const previous = path.join(scratch, "schema.prisma");
writeFileSync(previous, previousSqlite);
const diff = (from, to) =>
  execFileSync(
    path.resolve("node_modules/.bin/prisma"),
    ["migrate", "diff", "--from-schema-datamodel", from, "--to-schema-datamodel", to, "--script"],
    { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
  );
const sql = diff(previous, "prisma/schema.prisma");
if (!/\b(CREATE|ALTER|DROP|INSERT|PRAGMA)\b/.test(sql)) {
  console.log("prisma/schema.prisma has not changed since the last commit: no migration written.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const folder = path.join("prisma", "migrations", `${stamp}_${name.replace(/-/g, "_")}`);
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
