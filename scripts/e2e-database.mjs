// Gives the end-to-end tests a fresh database with the demo data. Refuses anything but a local SQLite
// file under data/, so that the tests can never run against a real database.
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";

const url = process.env.DATABASE_URL ?? "";
const file = url.startsWith("file:") ? path.resolve(url.slice("file:".length)) : "";
if (!file || !file.startsWith(path.resolve("data") + path.sep) || !path.basename(file).startsWith("e2e")) {
  console.error(`Refusing to reset ${url || "(no DATABASE_URL)"}: end-to-end tests use file:./data/e2e*.db only.`);
  process.exit(1);
}
for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
const run = (bin, args) => execFileSync(path.resolve("node_modules/.bin", bin), args, { stdio: "inherit" });
run("prisma", ["migrate", "deploy"]);
run("tsx", ["prisma/seed.ts"]);
