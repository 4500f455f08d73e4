// Gives the end-to-end tests a fresh database with the demo data. Refuses anything but a local SQLite
// file data/e2e*.db or a PostgreSQL database whose name starts with e2e (or ends with _e2e), so that the
// tests can never reset a real database.
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";

const url = process.env.DATABASE_URL ?? "";

function refuse() {
  console.error(
    `Refusing to reset ${url || "(no DATABASE_URL)"}: end-to-end tests use file:./data/e2e*.db or a PostgreSQL database named e2e* or *_e2e only.`,
  );
  process.exit(1);
}

if (/^postgres(ql)?:\/\//.test(url)) {
  const parsed = new URL(url);
  const database = parsed.pathname.slice(1);
  if (!/^e2e|_e2e$/.test(database)) refuse();
  const schema = parsed.searchParams.get("schema") || "public";
  parsed.searchParams.delete("schema");
  const client = new pg.Client({ connectionString: parsed.toString() });
  await client.connect();
  await client.query("SET client_min_messages TO WARNING");
  await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await client.query(`CREATE SCHEMA "${schema}"`);
  await client.end();
} else {
  const file = url.startsWith("file:") ? path.resolve(url.slice("file:".length)) : "";
  if (!file || !file.startsWith(path.resolve("data") + path.sep) || !path.basename(file).startsWith("e2e")) refuse();
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
}
const run = (bin, args) => execFileSync(path.resolve("node_modules/.bin", bin), args, { stdio: "inherit" });
run("prisma", ["migrate", "deploy"]);
run("tsx", ["prisma/seed.ts"]);
