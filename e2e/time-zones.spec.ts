import { expect, test } from "./fixtures";
import { DEMO_PROJECT_IDS, signInAs } from "./helpers";

const DELIVERABLE = `/projects/${DEMO_PROJECT_IDS.danubeIct}/deliverables/demo-proj-danube-ict-d2-2`;

test.describe("a reader in Bucharest", () => {
  test.use({ timezoneId: "Europe/Bucharest" });

  test("sees times of day in their own zone, named, and calendar dates unchanged", async ({ page }) => {
    await signInAs(page, "lead");
    await page.goto(DELIVERABLE);
    const history = page.getByRole("list", { name: "Status changes, newest first" });
    await expect(history.locator("time").first()).toHaveText(/, \d\d:\d\d EES?T$/);
    await expect(page.getByText("31 Jul 2016")).toBeVisible();
  });
});

test.describe("a reader in UTC", () => {
  test.use({ timezoneId: "UTC" });

  test("sees the same moments in UTC, said so", async ({ page }) => {
    await signInAs(page, "lead");
    await page.goto(DELIVERABLE);
    const history = page.getByRole("list", { name: "Status changes, newest first" });
    await expect(history.locator("time").first()).toHaveText(/, \d\d:\d\d UTC$/);
  });
});
