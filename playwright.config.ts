import { defineConfig, devices } from "@playwright/test";
import { chromiumPath } from "./scripts/chromium-path";

const PORT = 3100;
/** SQLite by default; E2E_DATABASE_URL runs the same tests on PostgreSQL (npm run test:e2e:postgres). */
const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db";

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromiumPath(),
      args: ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    // A production build (`next build` runs before the tests) on a fresh copy of the demo data.
    command: "npm run e2e:server",
    url: `http://127.0.0.1:${PORT}/login`,
    reuseExistingServer: false,
    timeout: 120_000,
    // The tests stand in for clients behind one proxy: sign-in throttling tests claim addresses of their own.
    env: { DATABASE_URL: E2E_DATABASE_URL, AUTH_TRUST_HOST: "true", NODE_ENV: "production", TRUSTED_PROXY_HOPS: "1" },
    stdout: "ignore",
    stderr: "pipe",
  },
});
