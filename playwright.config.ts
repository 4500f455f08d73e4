import { defineConfig, devices } from "@playwright/test";
import { E2E_WORKERS, e2eDatabaseUrl, e2ePort, e2eServerUrl } from "./e2e/servers";
import { chromiumPath } from "./scripts/chromium-path";

const workers = Array.from({ length: E2E_WORKERS }, (_, worker) => worker);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  // Spec files are shared out between the workers; each worker has its own server and database (e2e/servers.ts).
  workers: E2E_WORKERS,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  // Two workers, their servers and browsers share two cores in CI: the longest journeys take 20–30 s there.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    // Worker 0's; e2e/fixtures.ts gives every worker its own.
    baseURL: e2eServerUrl(0),
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromiumPath(),
      args: ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  // Per worker, the production build (`next build` runs before the tests) on a fresh copy of the demo data:
  // SQLite by default; E2E_DATABASE_URL runs the same tests on PostgreSQL (npm run test:e2e:postgres).
  webServer: workers.map((worker) => ({
    command: `node scripts/e2e-database.mjs && node server.mjs --port ${e2ePort(worker)}`,
    url: `${e2eServerUrl(worker)}/login`,
    reuseExistingServer: false,
    timeout: 180_000,
    // The tests stand in for clients behind one proxy: sign-in throttling tests claim addresses of their own.
    env: {
      DATABASE_URL: e2eDatabaseUrl(worker),
      AUTH_TRUST_HOST: "true",
      NODE_ENV: "production",
      TRUSTED_PROXY_HOPS: "1",
    },
    stdout: "ignore" as const,
    stderr: "pipe" as const,
  })),
});
