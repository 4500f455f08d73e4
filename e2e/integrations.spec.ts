import path from "node:path";
import { expect, test } from "@playwright/test";
import { signInAs } from "./helpers";

const fixture = (name: string) => path.resolve("test/fixtures/cordis", name);

test("a coordinator previews a malformed CORDIS file, sees every problem by line, and cannot import it", async ({ page }) => {
  await signInAs(page, "coordinator");
  await page.goto("/projects/import");
  await page.getByLabel("project.csv").setInputFiles(fixture("project-malformed.csv"));
  await page.getByLabel("organization.csv").setInputFiles(fixture("organization-malformed.csv"));
  await page.getByRole("button", { name: "Preview import" }).click();
  const problems = page.getByRole("table", { name: "Problems in the files" });
  await expect(problems.getByRole("row")).toHaveCount(9);
  await expect(problems.getByRole("row", { name: /project\.csv 4 startDate is not a date/ })).toBeVisible();
  await expect(problems.getByRole("row", { name: /organization\.csv 3 Project 101990099 is not in project\.csv/ })).toBeVisible();
  await expect(page.getByRole("button", { name: /Import/ })).toBeDisabled();
});

test("a coordinator imports projects from CORDIS files and finds them in the portfolio", async ({ page }) => {
  await signInAs(page, "coordinator");
  await page.getByRole("link", { name: "Projects", exact: true }).click();
  await page.getByRole("link", { name: "Import from CORDIS" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import from CORDIS" })).toBeVisible();

  // Previewing without files says what is missing.
  await page.getByRole("button", { name: "Preview import" }).click();
  await expect(page.getByText("Choose the project.csv file.")).toBeVisible();

  await page.getByLabel("project.csv").setInputFiles(fixture("project.csv"));
  await page.getByLabel("organization.csv").setInputFiles(fixture("organization.csv"));
  await page.getByRole("button", { name: "Preview import" }).click();
  const projects = page.getByRole("table", { name: "Projects in the files" });
  await expect(projects.getByRole("row", { name: /DIGIBRIDGE/ })).toContainText("30 months");
  await expect(projects.getByRole("row", { name: /DIGIBRIDGE/ })).toContainText("Will be created");
  const organisations = page.getByRole("table", { name: "Organisations in the files" });
  await expect(organisations.getByRole("row", { name: /CLUJ IT CLUSTER/ })).toContainText("Matches Cluj IT Cluster (same name and country)");
  await expect(organisations.getByRole("row", { name: /Aristotle/ })).toContainText("Greece");

  await page.getByRole("button", { name: "Import 2 projects" }).click();
  await expect(page.getByRole("status")).toContainText("Imported: 2 projects created, 0 skipped as imported before, 4 new organisations.");

  await page.getByRole("link", { name: "Portfolio" }).first().click();
  const horizon = page.getByRole("region", { name: "Horizon Europe" });
  await expect(horizon.getByRole("row", { name: /DIGIBRIDGE/ })).toContainText("1 Mar 2026 – 31 Aug 2028 (30 months)");
  await horizon.getByRole("link", { name: "DIGIBRIDGE" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("DIGIBRIDGE");
});

test("a partner creates a personal calendar feed and reads it as iCalendar", async ({ page }) => {
  await signInAs(page, "partner");
  await page.getByRole("link", { name: "Petya Partner" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  await page.getByRole("button", { name: "Create feed address" }).click();
  const address = page.getByLabel("Your new feed address");
  await expect(address).toHaveValue(/\/api\/calendar\/[\w-]+\.ics$/);
  const feed = await page.request.get(await address.inputValue());
  expect(feed.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  const body = await feed.text();
  expect(body).toContain("BEGIN:VCALENDAR");
  expect(body).toContain("SUMMARY:DANUBE ICT · D2.2 Map of ICT competences in the Danube region");

  // Replacing the address, after confirming, ends the old one.
  const old = await address.inputValue();
  await page.getByRole("button", { name: "Replace feed address" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Replace feed address" }).click();
  await expect(address).not.toHaveValue(old);
  expect((await page.request.get(old)).status()).toBe(404);
});
