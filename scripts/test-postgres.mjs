// Runs tests against PostgreSQL:
//   node scripts/test-postgres.mjs          the integration tests (Vitest), each test file in a schema of
//                                           its own built by the PostgreSQL migrations
//   node scripts/test-postgres.mjs --e2e    the end-to-end tests (Playwright) against the production server
// (server.mjs) on a
//                                           PostgreSQL database (needs a production build)
//   node scripts/test-postgres.mjs --scale  two instances of the production build on one PostgreSQL database and
//                                           one S3 store (Playwright, playwright.scale.config.ts; needs a build)
// Uses TEST_POSTGRES_URL when set (for --e2e, its server with a database named consortia_e2e); otherwise,
// as root on a machine with Debian's PostgreSQL 15 (CI), starts that cluster and provides a test role and
// databases. Without PostgreSQL the run is skipped with a notice, except in CI, where it fails.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const mode = process.argv.includes("--e2e") ? "e2e" : process.argv.includes("--scale") ? "scale" : "integration";
const extraArgs = process.argv.slice(2).filter((arg) => arg !== "--e2e" && arg !== "--scale");
const database = { e2e: "consortia_e2e", scale: "consortia_scale_e2e", integration: "consortia_test" }[mode];

function run(command, args) {
  return execFileSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

function provisionLocalCluster() {
  if (process.getuid?.() !== 0 || !existsSync("/usr/bin/pg_ctlcluster")) return null;
  const status = spawnSync("pg_lsclusters", ["--no-header"], { encoding: "utf8" }).stdout ?? "";
  if (!/^15\s+main\s+\d+\s+online/m.test(status))
    run("pg_ctlcluster", ["--skip-systemctl-redirect", "15", "main", "start"]);
  const psql = (sql) => run("su", ["postgres", "-c", `psql -v ON_ERROR_STOP=1 -qAtc "${sql.replaceAll('"', '\\"')}"`]);
  // The test role owns its databases and may switch off foreign-key triggers to restore test data quickly.
  if (!psql("SELECT 1 FROM pg_roles WHERE rolname = 'consortia'"))
    psql("CREATE ROLE consortia LOGIN SUPERUSER PASSWORD 'consortia'");
  if (!psql(`SELECT 1 FROM pg_database WHERE datname = '${database}'`))
    psql(`CREATE DATABASE ${database} OWNER consortia`);
  return `postgresql://consortia:consortia@localhost:5432/${database}`;
}

function fromEnvironment() {
  if (!process.env.TEST_POSTGRES_URL) return null;
  const url = new URL(process.env.TEST_POSTGRES_URL);
  if (mode !== "integration") url.pathname = `/${database}`;
  return url.toString();
}

const url = fromEnvironment() || provisionLocalCluster();
if (!url) {
  const message = "PostgreSQL tests skipped: set TEST_POSTGRES_URL, or run as root on a machine with PostgreSQL 15.";
  if (process.env.CI) {
    console.error(message);
    process.exit(1);
  }
  console.warn(message);
  process.exit(0);
}
const where = `${new URL(url).host}${new URL(url).pathname}`;
const result =
  mode === "e2e"
    ? (console.log(`End-to-end tests on PostgreSQL (${where})`),
      spawnSync("npx", ["playwright", "test", ...extraArgs], {
        stdio: "inherit",
        env: { ...process.env, E2E_DATABASE_URL: url },
      }))
    : mode === "scale"
      ? (console.log(`Two instances on PostgreSQL (${where}) and S3`),
        spawnSync("npx", ["playwright", "test", "-c", "playwright.scale.config.ts", ...extraArgs], {
          stdio: "inherit",
          env: { ...process.env, SCALE_DATABASE_URL: url },
        }))
      : (console.log(`Integration tests on PostgreSQL (${where})`),
        // SQLite's own settings and migrations have tests of their own; everything else runs here too.
        spawnSync(
          "npx",
          [
            "vitest",
            "run",
            "--exclude",
            "test/concurrency.test.ts",
            "--exclude",
            "test/migrations.test.ts",
            ...extraArgs,
          ],
          {
            stdio: "inherit",
            env: { ...process.env, TEST_POSTGRES_URL: url },
          },
        ));
process.exit(result.status ?? 1);
