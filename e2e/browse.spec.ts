import { expect, test } from "./fixtures";
import { signInAs } from "./helpers";

test.beforeEach(async ({ page }) => {
  await signInAs(page, "coordinator");
});

test("the project list searches and filters", async ({ page }) => {
  await page.goto("/projects");
  const rows = page.getByRole("table", { name: "Projects" }).getByRole("row");
  await expect(rows).toHaveCount(4);

  await page.getByLabel("Search").fill("bridge");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/q=bridge/);
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText("SMART-BRIDGE");

  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/projects$/);
  await page.getByLabel("Partner country").selectOption({ label: "Austria" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/country=AT/);
  await expect(rows).toHaveCount(3);
  await expect(page.getByRole("table", { name: "Projects" })).not.toContainText("DANUBE ICT");

  await page.getByLabel("Programme").selectOption({ label: "Horizon Europe" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/programme=demo-prog-horizon/);
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText("GREENEDGE");

  await page.goto("/projects?status=CLOSED");
  await expect(page.getByText("No projects match these filters")).toBeVisible();
});

test("programme pages list their calls and projects", async ({ page }) => {
  await page.getByRole("link", { name: "Programmes" }).click();
  await page.getByRole("link", { name: "Danube Region Strategy START" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Danube Region Strategy START" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Calls" })).toContainText("START-2015-2");
  await expect(page.getByRole("table", { name: "Projects funded by this programme" })).toContainText("DANUBE ICT");
});

test("the organisation directory filters by country and shows participation", async ({ page }) => {
  await page.getByRole("link", { name: "Organisations" }).click();
  await expect(page.getByText("19 organisations · page 1 of 1")).toBeVisible();
  await page.getByLabel("Country").selectOption({ label: "Kosovo" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  const rows = page.getByRole("table", { name: "Organisations" }).getByRole("row");
  await expect(rows).toHaveCount(2);
  await rows.nth(1).getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: "Prishtina Code Collective" })).toBeVisible();
  await expect(page.getByText("Demo organisation")).toBeVisible();
  await expect(page.getByRole("table", { name: "Projects of this organisation" })).toContainText("DANUBE ICT");
});

test("a page that does not exist says so", async ({ page }) => {
  const response = await page.goto("/projects/no-such-project");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();
});
