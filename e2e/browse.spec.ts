import { expect, test } from "./fixtures";
import { queryE2eDatabase } from "./database";
import { DEMO_PROJECT_IDS, signInAs } from "./helpers";
import { createRows } from "./rows";

test("the project list searches and filters", async ({ page }) => {
  // Projects of its own, all found by one token: other tests add projects to the same list.
  const own = await createRows("projectList");
  await signInAs(page, own.coordinator);
  await page.goto("/projects");
  const search = async (text: string) => {
    await page.getByLabel("Search").fill(text);
    await page.getByRole("button", { name: "Apply filters" }).click();
  };
  await search(own.token);
  const rows = page.getByRole("table", { name: "Projects" }).getByRole("row");
  await expect(rows).toHaveCount(4);

  await search(`${own.token}-BR`);
  await expect(page).toHaveURL(new RegExp(`q=${own.token}-BR`));
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText(`${own.token}-BRIDGE`);

  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/projects$/);
  await page.getByLabel("Partner country").selectOption({ label: "Austria" });
  await search(own.token);
  await expect(page).toHaveURL(/country=AT/);
  await expect(rows).toHaveCount(3);
  await expect(page.getByRole("table", { name: "Projects" })).not.toContainText(`${own.token}-RIVER`);

  await page.getByLabel("Programme").selectOption({ label: own.programmeName });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(new RegExp(`programme=${own.programmeId}`));
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText(`${own.token}-EDGE`);

  await page.goto(`/projects?status=CLOSED&q=${own.token}`);
  await expect(page.getByText("No projects match these filters")).toBeVisible();
});

test("programme pages list their calls and projects", async ({ page }) => {
  await signInAs(page, "coordinator");
  await page.getByRole("link", { name: "Programmes" }).click();
  await page.getByRole("link", { name: "Danube Region Strategy START" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Danube Region Strategy START" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Calls" })).toContainText("START-2015-2");
  await expect(page.getByRole("table", { name: "Projects funded by this programme" })).toContainText("DANUBE ICT");
});

test("the organisation directory filters by country and shows participation", async ({ page }) => {
  await signInAs(page, "coordinator");
  // Other tests add organisations (none in Kosovo): the count is the database's.
  const [organisations] = await queryE2eDatabase<{ count: number | string }>(
    `SELECT COUNT(*) AS "count" FROM "Organisation" WHERE "archivedAt" IS NULL`,
  );
  const total = Number(organisations!.count);
  await page.getByRole("link", { name: "Organisations" }).click();
  await expect(page.getByText(`${total} organisations · page 1 of ${Math.ceil(total / 20)}`)).toBeVisible();
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
  await signInAs(page, "coordinator");
  const response = await page.goto("/projects/no-such-project");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();
});

test("a page asks the server for its links' pages only when one is followed", async ({ page }) => {
  await signInAs(page, "lead");
  const prefetched: string[] = [];
  page.on("request", (request) => {
    if (request.headers()["next-router-prefetch"]) prefetched.push(request.url());
  });
  await page.goto(`/projects/${DEMO_PROJECT_IDS.danubeIct}`);
  await expect(page.getByRole("heading", { level: 1, name: /DANUBE ICT/ })).toBeVisible();
  // A browser prefetches once the page has hydrated and the network is quiet.
  await page.waitForLoadState("networkidle");
  await page.getByRole("link", { name: "Deliverables", exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Deliverables of DANUBE ICT" })).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(prefetched).toEqual([]);
});
