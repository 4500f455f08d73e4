// Writes a new migration from the change to prisma/schema.prisma since the last commit.
//
// `prisma migrate dev` needs a shadow database, and the SQLite driver adapter cannot replay multi-statement
// migrations there. The committed schema always equals the migrations (test/migrations.test.ts checks it),
// so the difference between it and the working schema is exactly the new migration.
//
// Usage: npm run db:new-migration -- add-invitations
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const name = process.argv[2];
if (!name || !/^[a-z0-9-]+$/.test(name)) {
  console.error("Usage: npm run db:new-migration -- <name-in-kebab-case>");
  process.exit(1);
}
const previous = path.join(mkdtempSync(path.join(tmpdir(), "consortia-schema-")), "schema.prisma");
writeFileSync(previous, execFileSync("git", ["show", "HEAD:prisma/schema.prisma"]));
const sql = execFileSync(
  path.resolve("node_modules/.bin/prisma"),
  ["migrate", "diff", "--from-schema-datamodel", previous, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
  { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
);
if (!/\b(CREATE|ALTER|DROP|INSERT|PRAGMA)\b/.test(sql)) {
  console.log("prisma/schema.prisma has not changed since the last commit: no migration written.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const folder = path.join("prisma", "migrations", `${stamp}_${name.replace(/-/g, "_")}`);
mkdirSync(folder, { recursive: true });
writeFileSync(path.join(folder, "migration.sql"), sql);
console.log(`Wrote ${folder}/migration.sql. Apply it with npm run db:migrate.`);
