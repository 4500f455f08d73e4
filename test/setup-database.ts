/**
 * Every test file gets its own empty SQLite database with the real migrations applied, before any app
 * module reads DATABASE_URL.
 */
import Database from "better-sqlite3";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const folder = mkdtempSync(path.join(tmpdir(), "consortia-test-"));
const file = path.join(folder, "test.db");
process.env.DATABASE_URL = `file:${file}`;
process.env.STORAGE_DIR = path.join(folder, "storage");

const migrations = path.resolve("prisma/migrations");
const database = new Database(file);
for (const name of readdirSync(migrations).filter((entry) => /^\d/.test(entry)).sort()) {
  database.exec(readFileSync(path.join(migrations, name, "migration.sql"), "utf8"));
}
database.close();
