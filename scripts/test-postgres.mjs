// Runs the integration tests against PostgreSQL: each test file in a schema of its own, built by the
// PostgreSQL migrations. Uses TEST_POSTGRES_URL when set; otherwise, as root on a machine with Debian's
// PostgreSQL 15 (CI), starts that cluster and provides a test role and database. Without PostgreSQL the
// run is skipped with a notice, except in CI, where it fails.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const LOCAL_URL = "postgresql://consortia:consortia@localhost:5432/consortia_test";

function run(command, args, options = {}) {
  return execFileSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], ...options });
}

function provisionLocalCluster() {
  if (process.getuid?.() !== 0 || !existsSync("/usr/bin/pg_ctlcluster")) return null;
  const status = spawnSync("pg_lsclusters", ["--no-header"], { encoding: "utf8" }).stdout ?? "";
  if (!/^15\s+main\s+\d+\s+online/m.test(status)) run("pg_ctlcluster", ["--skip-systemctl-redirect", "15", "main", "start"]);
  const psql = (sql) => run("su", ["postgres", "-c", `psql -v ON_ERROR_STOP=1 -qAtc "${sql.replaceAll('"', '\\"')}"`]);
  // The test role owns its database and may switch off foreign-key triggers to restore test data quickly.
  if (!psql("SELECT 1 FROM pg_roles WHERE rolname = 'consortia'")) psql("CREATE ROLE consortia LOGIN SUPERUSER PASSWORD 'consortia'");
  if (!psql("SELECT 1 FROM pg_database WHERE datname = 'consortia_test'")) psql("CREATE DATABASE consortia_test OWNER consortia");
  return LOCAL_URL;
}

const url = process.env.TEST_POSTGRES_URL || provisionLocalCluster();
if (!url) {
  const message = "PostgreSQL tests skipped: set TEST_POSTGRES_URL, or run as root on a machine with PostgreSQL 15.";
  if (process.env.CI) {
    console.error(message);
    process.exit(1);
  }
  console.warn(message);
  process.exit(0);
}
console.log(`Integration tests on PostgreSQL (${new URL(url).host}${new URL(url).pathname})`);
// SQLite's own settings and migrations have tests of their own; everything else runs here too.
const result = spawnSync(
  "npx",
  ["vitest", "run", "--exclude", "test/concurrency.test.ts", "--exclude", "test/migrations.test.ts", ...process.argv.slice(2)],
  { stdio: "inherit", env: { ...process.env, TEST_POSTGRES_URL: url } },
);
process.exit(result.status ?? 1);
