import { defineConfig, devices } from "@playwright/test";
import { chromiumPath } from "./scripts/chromium-path";

/**
 * Two instances of the production build on one PostgreSQL database and one S3 store (npm run test:scale).
 * The spec starts and stops the instances and the S3 server itself: it restarts one of them mid-way.
 */
export default defineConfig({
  testDir: "e2e-scale",
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [["list"]],
  timeout: 120_000,
  expect: { timeout: 15_000 },
  use: {
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath(),
      args: ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
});
