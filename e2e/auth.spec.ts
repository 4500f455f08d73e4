import { expect, test } from "./fixtures";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, signInAs } from "./helpers";

const PROTECTED_PAGES = [
  "/",
  "/dashboard",
  "/projects",
  "/projects/demo-proj-danube-ict",
  "/programmes",
  "/programmes/demo-prog-start",
  "/organisations",
  "/organisations/demo-org-cluj",
];

test.describe("without a session", () => {
  for (const path of PROTECTED_PAGES) {
    test(`${path} redirects to the sign-in page`, async ({ page }) => {
      await page.goto(path);
      await expect(page).toHaveURL(/\/login(\?|$)/);
      await expect(page.getByRole("heading", { level: 1, name: "Sign in to Consortia" })).toBeVisible();
    });
  }

  test("a forged session cookie is not a session", async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: "authjs.session-token", value: "forged", url: baseURL! }]);
    await page.goto("/projects/demo-proj-danube-ict");
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByText("DANUBE ICT")).toHaveCount(0);
  });
});

test.describe("signing in", () => {
  test("a wrong password shows a clear error and keeps the e-mail", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("E-mail").fill(DEMO_ACCOUNTS.lead);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Incorrect e-mail or password." })).toBeVisible();
    await expect(page.getByLabel("E-mail")).toHaveValue(DEMO_ACCOUNTS.lead);
    await expect(page).toHaveURL(/\/login/);
  });

  test("an unknown account gets the same message", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("E-mail").fill("nobody@demo.test");
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Incorrect e-mail or password." })).toBeVisible();
  });

  test("empty fields are explained beside each field", async ({ page }) => {
    await page.goto("/login");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Enter your e-mail address.")).toBeVisible();
    await expect(page.getByText("Enter your password.")).toBeVisible();
  });

  test("returns to the page the visitor asked for", async ({ page }) => {
    await page.goto("/organisations");
    await expect(page).toHaveURL(/callbackUrl=%2Forganisations/);
    await page.getByLabel("E-mail").fill(DEMO_ACCOUNTS.coordinator);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Organisations" })).toBeVisible();
  });

  test("signing out ends the session", async ({ page }) => {
    await signInAs(page, "lead");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/login/);
  });
});
