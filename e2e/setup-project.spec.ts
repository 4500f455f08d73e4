import { expect, test, type Page } from "./fixtures";
import { signInAs } from "./helpers";
import { createRows } from "./rows";

// Unique names, so that the journey can run against a database that already has an earlier run's data.
const run = Date.now().toString(36).toUpperCase();
const programmeName = `Black Sea Cooperation ${run}`;
const acronym = `BLACKSEA-${run}`;

async function save(page: Page, button: string) {
  await page.getByRole("button", { name: button }).click();
}

test("a coordinator sets up a project and its lead plans the work", async ({ browser }) => {
  // The longest journey of the suite (some 40 steps, 25–31 s on CI's two cores): room beyond the default 30 s.
  test.setTimeout(90_000);
  // People and organisations of its own: a project of the demo's people would change what other tests see.
  const own = await createRows("setup");
  const [cluj, sofia, podgorica] = own.organisations as [string, string, string];
  const coordinator = await browser.newPage();
  await signInAs(coordinator, own.coordinator);

  // A programme and a call.
  await coordinator.getByRole("link", { name: "Programmes" }).click();
  await coordinator.getByRole("link", { name: "New programme" }).click();
  await coordinator.getByLabel("Name").fill(programmeName);
  await coordinator.getByLabel("Code").fill(`BSC-${run}`);
  await coordinator.getByLabel("Managed by").fill("Joint Secretariat (test)");
  await save(coordinator, "Create programme");
  await expect(coordinator.getByRole("heading", { level: 1, name: programmeName })).toBeVisible();
  await expect(coordinator.getByRole("status")).toHaveText("Saved.");

  await coordinator.getByRole("link", { name: "New call" }).click();
  await coordinator.getByLabel("Call identifier").fill(`BSC-${run}-C1`);
  await coordinator.getByLabel("Title").fill("First call for proposals");
  await coordinator.getByLabel("Opens on").fill("2025-10-01");
  await coordinator.getByLabel("Closes on").fill("2025-09-01");
  await save(coordinator, "Create call");
  await expect(coordinator.getByText("The call closes on or after the day it opens.")).toBeVisible();
  await coordinator.getByLabel("Closes on").fill("2025-12-15");
  await save(coordinator, "Create call");
  await expect(coordinator.getByRole("table", { name: "Calls" })).toContainText(`BSC-${run}-C1`);

  // A project with three partners from three countries.
  await coordinator.goto("/projects/new");
  await coordinator.getByLabel("Acronym").fill(acronym);
  await coordinator.getByLabel("Title").fill("Black Sea digital skills for SMEs");
  await coordinator.getByLabel("Funding programme").selectOption({ label: programmeName });
  await coordinator.getByLabel("Call").selectOption({ label: `BSC-${run}-C1 — First call for proposals` });
  await coordinator.getByLabel("Start date").fill("2026-03-01");
  await coordinator.getByLabel("Duration in months").fill("24");
  await coordinator.getByLabel("Status").selectOption({ label: "Contracted" });
  await coordinator.getByLabel("Total cost").fill("300000");
  await coordinator.getByLabel("Grant amount").fill("255000");
  await coordinator.getByLabel("Co-financing rate (%)").fill("85");
  await coordinator.getByLabel("Project lead").selectOption({ label: `${own.lead.name} (${own.lead.email})` });
  await coordinator.getByLabel("Partner 1: organisation").selectOption({ label: `${cluj} (Romania)` });
  await coordinator.getByLabel("Partner 1: role").selectOption({ label: "Partner" });
  await coordinator.getByLabel("Partner 1: budget share").fill("120000");
  await coordinator.getByRole("button", { name: "Add partner" }).click();
  await coordinator.getByLabel("Partner 2: organisation").selectOption({ label: `${sofia} (Bulgaria)` });
  await coordinator.getByLabel("Partner 2: budget share").fill("100000");
  await coordinator.getByRole("button", { name: "Add partner" }).click();
  await coordinator.getByLabel("Partner 3: organisation").selectOption({ label: `${podgorica} (Montenegro)` });
  await coordinator.getByLabel("Partner 3: budget share").fill("80000");

  // Without a lead partner nothing is created, and nothing typed is lost.
  await save(coordinator, "Create project");
  await expect(coordinator.getByText("Choose a lead partner: a project has exactly one.")).toBeVisible();
  await expect(coordinator).toHaveURL(/\/projects\/new$/);
  await expect(coordinator.getByLabel("Acronym")).toHaveValue(acronym);

  await coordinator.getByLabel("Partner 1: role").selectOption({ label: "Lead partner" });
  await save(coordinator, "Create project");
  await expect(coordinator.getByRole("heading", { level: 1 })).toContainText(acronym);
  await expect(coordinator.getByRole("status")).toHaveText(`${acronym} created.`);
  // The confirmation leaves the address at once: a reload does not repeat it.
  await expect(coordinator).not.toHaveURL(/notice=/);
  const partners = coordinator.getByRole("table", { name: "Partners" });
  await expect(partners.getByRole("row")).toHaveCount(4);
  await expect(partners).toContainText("Romania");
  await expect(partners).toContainText("Bulgaria");
  await expect(partners).toContainText("Montenegro");
  await expect(partners.getByRole("row", { name: /PP1/ })).toContainText("Lead partner");
  const projectUrl = coordinator.url().replace(/\?.*$/, "");
  // A link cannot make the confirmation say a sentence of its own: only a record's short name is named.
  await coordinator.goto(
    `${projectUrl}?notice=saved&subject=${encodeURIComponent("Your session expired: call +40 700 000 000. Data")}`,
  );
  await expect(coordinator.getByRole("status")).toHaveText("Saved.");
  await coordinator.close();

  // The lead plans two work packages and four deliverables.
  const lead = await browser.newPage();
  await signInAs(lead, own.lead);
  await lead.goto(projectUrl);
  await lead.getByRole("link", { name: "Add work package" }).click();
  await lead.getByLabel("Title").fill("Management");
  await lead.getByLabel("Start month").fill("12");
  await lead.getByLabel("End month").fill("3");
  await save(lead, "Add work package");
  await expect(lead.getByText("The end month is on or after the start month.")).toBeVisible();
  await lead.getByLabel("Start month").fill("1");
  await lead.getByLabel("End month").fill("24");
  await expect(lead.getByText("M24 ends on 29 Feb 2028.")).toBeVisible();
  await lead.getByLabel("Lead partner").selectOption({ label: `PP1 ${cluj}` });
  await save(lead, "Add work package");
  await expect(lead.getByRole("status")).toHaveText("WP1 added.");
  await expect(lead.getByRole("table", { name: "Work packages" })).toContainText("Management");

  await lead.getByRole("link", { name: "Add work package" }).click();
  await expect(lead.getByLabel("Number (WP…)")).toHaveValue("2");
  await lead.getByLabel("Title").fill("Digital skills academy");
  await lead.getByLabel("Start month").fill("6");
  await lead.getByLabel("End month").fill("24");
  await save(lead, "Add work package");
  await expect(lead.getByRole("table", { name: "Work packages" }).getByRole("row")).toHaveCount(3);

  const deliverables: [string, string, string, string, string][] = [
    ["D1.1", "Project handbook", "WP1 Management", `PP1 ${cluj}`, "3"],
    ["D1.2", "Mid-term report", "WP1 Management", `PP1 ${cluj}`, "12"],
    ["D2.1", "Skills curriculum", "WP2 Digital skills academy", `PP2 ${sofia}`, "12"],
    ["D2.2", "Academy evaluation", "WP2 Digital skills academy", `PP3 ${podgorica}`, "24"],
  ];
  for (const [number, title, workPackage, partner, dueMonth] of deliverables) {
    await lead.getByRole("link", { name: "Add deliverable" }).click();
    await lead.getByLabel("Number").fill(number);
    await lead.getByLabel("Title").fill(title);
    await lead.getByLabel("Work package").selectOption({ label: workPackage });
    await lead.getByLabel("Responsible partner").selectOption({ label: partner });
    await lead.getByLabel("Due month").fill(dueMonth);
    await save(lead, "Add deliverable");
    // A new deliverable opens on its own page, which names it.
    await expect(lead.getByRole("heading", { level: 1 })).toHaveText(`${number} ${title}`);
    await expect(lead.getByRole("status")).toHaveText(`${number} added.`);
    await lead.goto(projectUrl);
    await expect(lead.getByRole("table", { name: "Deliverables" })).toContainText(number);
  }

  // Refused with a clear message, nothing changed: beyond the duration, and a duplicate number.
  await lead.getByRole("link", { name: "Add deliverable" }).click();
  await lead.getByLabel("Number").fill("D2.3");
  await lead.getByLabel("Title").fill("Too late");
  await lead.getByLabel("Work package").selectOption({ label: "WP2 Digital skills academy" });
  await lead.getByLabel("Responsible partner").selectOption({ label: `PP2 ${sofia}` });
  await lead.getByLabel("Due month").fill("30");
  await save(lead, "Add deliverable");
  await expect(lead.getByText("M30 is after the project's last month, M24.")).toBeVisible();
  await lead.getByLabel("Number").fill("D1.1");
  await lead.getByLabel("Work package").selectOption({ label: "WP1 Management" });
  await lead.getByLabel("Due month").fill("6");
  await save(lead, "Add deliverable");
  await expect(lead.getByText("The project already has a deliverable D1.1.")).toBeVisible();
  await expect(lead.getByLabel("Title")).toHaveValue("Too late");

  // The project page shows the plan with dates computed from the start date (1 March 2026).
  await lead.goto(projectUrl);
  const table = lead.getByRole("table", { name: "Deliverables" });
  await expect(table.getByRole("row")).toHaveCount(5);
  await expect(table.getByRole("row", { name: /D1\.1/ })).toContainText("31 May 2026");
  await expect(table.getByRole("row", { name: /D1\.2/ })).toContainText("28 Feb 2027");
  await expect(table.getByRole("row", { name: /D2\.1/ })).toContainText(sofia);
  await expect(table.getByRole("row", { name: /D2\.2/ })).toContainText("29 Feb 2028");
  await expect(table.getByRole("row", { name: /D2\.2/ })).toContainText("(M24)");
});

test("a partner is offered no planning controls and cannot open the forms", async ({ page }) => {
  await signInAs(page, "partner");
  await page.goto("/projects/demo-proj-danube-ict");
  await expect(page.getByRole("link", { name: "Add deliverable" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Edit project" })).toHaveCount(0);
  for (const path of [
    "/projects/new",
    "/programmes/new",
    "/organisations/new",
    "/admin/users",
    "/projects/demo-proj-danube-ict/deliverables/new",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
  }
});

test("a budget share typed as a percentage: the first click on Add partner adds a row, and the error says why", async ({
  page,
}) => {
  await signInAs(page, "coordinator");
  await page.goto("/projects/new");
  await expect(
    page.getByText("A budget share is an amount in the project's currency, not a percentage."),
  ).toBeVisible();
  await page.getByLabel("Partner 1: budget share (amount)").fill("40%");
  // A person's press and release are apart: the message the first field shows on leaving must not eat the click.
  await page.getByRole("button", { name: "Add partner" }).click({ delay: 250 });
  await expect(page.getByLabel("Partner 2: budget share (amount)")).toBeVisible();
  await expect(page.getByRole("group", { name: "Partner 1" })).toContainText("Enter the budget share as an amount");
});

test("removing a partner asks first: Escape keeps it, a refusal says why, a removal goes", async ({ page }) => {
  const own = await createRows("longPlan");
  await signInAs(page, own.lead);
  await page.goto(`/projects/${own.projectId}`);
  const partners = page.getByRole("region", { name: "Partners" });
  const row = (number: string) => partners.getByRole("row", { name: new RegExp(`^${number} `) });
  const removeButton = (number: string) => row(number).getByRole("button", { name: "Remove" });

  await removeButton("PP3").click();
  const dialog = page.getByRole("alertdialog", { name: /^Remove PP3 .+\?$/ });
  await expect(dialog).toContainText("The organisation leaves the project.");
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect(removeButton("PP3")).toBeFocused();
  await expect(removeButton("PP3")).toHaveAttribute("aria-expanded", "false");
  await expect(row("PP3")).toHaveCount(1);

  // The lead partner cannot go: the dialog closes and the reason stands beside its button.
  await removeButton("PP1").click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Remove" }).click();
  await expect(page.getByRole("alertdialog")).toHaveCount(0);
  await expect(row("PP1")).toContainText("The lead partner cannot be removed");

  // PP3 owes nothing and leaves.
  await removeButton("PP3").click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Remove" }).click();
  await expect(row("PP3")).toHaveCount(0);
  await expect(row("PP2")).toHaveCount(1);
});

test("a lead deletes a period, a milestone and a work package from the project page, each asked first", async ({
  page,
}) => {
  const own = await createRows("workPlan");
  await signInAs(page, own.lead);
  await page.goto(`/projects/${own.projectId}`);
  const section = (name: string) => page.getByRole("region", { name });
  const dialog = page.getByRole("alertdialog");

  // Each row's edit link opens that row's form.
  await section("Work packages").getByRole("link", { name: "Edit WP2" }).click();
  await expect(page).toHaveURL(`/projects/${own.projectId}/work-packages/${own.workPackageIds[1]}/edit`);
  await page.goBack();

  // A work package with a milestone is refused, and the refusal stands beside its button.
  const workPackage = (number: string) =>
    section("Work packages").getByRole("row", { name: new RegExp(`^${number} `) });
  await workPackage("WP1").getByRole("button", { name: "Delete" }).click();
  await expect(dialog).toHaveAccessibleName("Delete WP1?");
  await expect(dialog).toContainText("still has deliverables or milestones");
  await dialog.getByRole("button", { name: "Delete" }).click();
  await expect(workPackage("WP1")).toContainText("move or delete them first");

  await workPackage("WP2").getByRole("button", { name: "Delete" }).click();
  await dialog.getByRole("button", { name: "Delete" }).click();
  await expect(workPackage("WP2")).toHaveCount(0);
  await expect(page.getByText("Removed.")).toBeVisible();

  const milestones = section("Milestones");
  await milestones.getByRole("button", { name: "Delete" }).click();
  await expect(dialog).toHaveAccessibleName("Delete MS1?");
  await dialog.getByRole("button", { name: "Delete" }).click();
  await expect(milestones).toContainText("No milestones");

  const periods = section("Reporting periods");
  await periods.getByRole("listitem").filter({ hasText: "P2" }).getByRole("button", { name: "Delete" }).click();
  await expect(dialog).toHaveAccessibleName("Delete P2?");
  await dialog.getByRole("button", { name: "Delete" }).click();
  await expect(periods.getByRole("listitem")).toHaveCount(1);
  await expect(periods.getByRole("listitem")).toContainText("P1");
});
