import { expect, type Locator, type Page } from "@playwright/test";
import { TEST_PASSWORD } from "../test/fixtures/password";

export const DEMO_PASSWORD = "demo-password";

export const DEMO_ACCOUNTS = {
  admin: "admin@demo.test",
  coordinator: "coordinator@demo.test",
  lead: "lead@demo.test",
  partner: "partner@demo.test",
  partner2: "partner2@demo.test",
  viewer: "viewer@demo.test",
} as const;

export type DemoAccount = keyof typeof DEMO_ACCOUNTS;

/**
 * Signs in through the form, as a person would, and waits for the dashboard: as a demo account, or as a person of a
 * test's own rows (e2e/scenarios.ts), whose password is TEST_PASSWORD.
 */
export async function signInAs(page: Page, account: DemoAccount | { email: string }): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(typeof account === "string" ? DEMO_ACCOUNTS[account] : account.email);
  await page.getByLabel("Password").fill(typeof account === "string" ? DEMO_PASSWORD : TEST_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
}

/**
 * Waits until React has taken over the element. Until the page's scripts have run, a click on a button that works by
 * script is lost, for a person as for a test: a test that clicks as soon as the page shows would then wait in vain.
 */
export async function waitForHydration(element: Locator): Promise<void> {
  await expect
    .poll(() => element.evaluate((node) => Object.keys(node).some((key) => key.startsWith("__reactFiber$"))))
    .toBe(true);
}

/** The demo projects' ids are fixed by the seed. */
export const DEMO_PROJECT_IDS = {
  danubeIct: "demo-proj-danube-ict",
  smartBridge: "demo-proj-smart-bridge",
  greenEdge: "demo-proj-greenedge",
} as const;

/** The status word next to a partner report's heading. */
export const reportStatusOf = (page: Page) =>
  page
    .locator("h1")
    .locator("..")
    .getByText(/^(Draft|Submitted|Accepted|Returned)$/);
