import { expect, test } from "./fixtures";
import { signInAs } from "./helpers";
import { createRows } from "./rows";

test("a coordinator reads the network, finds two partners by competence and country, and starts a draft", async ({
  page,
}) => {
  await signInAs(page, "coordinator");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Networks" }).click();
  await page.getByRole("link", { name: "Balkan and Black Sea ICT Network" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Balkan and Black Sea ICT Network" })).toBeVisible();
  await expect(page.getByText("17 members from 10 countries")).toBeVisible();
  // Members by country: Romania holds three of them.
  const romania = page.getByRole("region", { name: /^Romania/ });
  await expect(romania.getByRole("heading")).toHaveText("Romania (3 members)");
  await expect(romania.getByRole("link", { name: "Cluj IT Cluster", exact: true })).toBeVisible();
  await expect(page.getByRole("table", { name: /Projects of Balkan/ })).toContainText("DANUBE ICT");

  await page.getByRole("link", { name: "Find partners in this network" }).click();
  await expect(page.getByLabel("Network", { exact: true })).toHaveValue("demo-network-bbs-ict");
  await page.getByLabel("Competence", { exact: true }).selectOption({ label: "Artificial intelligence" });
  await page.getByLabel("Country", { exact: true }).selectOption({ label: "Romania" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "2 organisations match" })).toBeVisible();
  const results = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3 }) });
  await expect(results.getByRole("heading", { level: 3 })).toHaveText(["Cluj IT Cluster", "Iasi Software Association"]);
  await expect(results.first()).toContainText("Matched by: competence Artificial intelligence; country Romania");

  await page.getByRole("checkbox", { name: "Choose Cluj IT Cluster" }).check();
  await page.getByRole("checkbox", { name: "Choose Iasi Software Association" }).check();
  await page.getByLabel("Call").selectOption({
    label: "START-2015-2: START second call for proposals (Danube Region Strategy START)",
  });
  await page.getByRole("button", { name: "Start a project draft" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "New project" })).toBeVisible();
  await expect(page.getByLabel("Funding programme")).toHaveValue("demo-prog-start");
  await expect(page.getByLabel("Call")).toHaveValue("demo-call-start-2");
  await expect(page.getByLabel("Status")).toHaveValue("DRAFT");
  await expect(page.getByLabel("Partner 1: organisation")).toHaveValue("demo-org-cluj");
  await expect(page.getByLabel("Partner 1: role")).toHaveValue("LEAD_PARTNER");
  await expect(page.getByLabel("Partner 2: organisation")).toHaveValue("demo-org-iasi");
  await expect(page.getByLabel("Partner 3: organisation")).toHaveCount(0);

  const acronym = `NEXT-AI ${Date.now().toString(36).toUpperCase()}`;
  await page.getByLabel("Acronym").fill(acronym);
  await page.getByLabel("Title").fill("Artificial intelligence for Romanian SMEs");
  await page.getByLabel("Start date").fill("2027-01-01");
  await page.getByLabel("Duration in months").fill("18");
  await page.getByLabel("Total cost").fill("200000");
  await page.getByLabel("Grant amount").fill("170000");
  await page.getByLabel("Co-financing rate (%)").fill("85");
  await page.getByLabel("Partner 1: budget share").fill("120000");
  await page.getByLabel("Partner 2: budget share").fill("80000");
  await page.getByRole("button", { name: "Create project" }).click();
  await expect(page.getByRole("status")).toHaveText(`${acronym} created.`);
  const partners = page.getByRole("table", { name: "Partners" });
  await expect(partners.getByRole("row", { name: /PP1/ })).toContainText("Cluj IT Cluster");
  await expect(partners.getByRole("row", { name: /PP2/ })).toContainText("Iasi Software Association");
  await expect(page.getByText("Draft", { exact: true }).first()).toBeVisible();
});

test("a partner edits its own organisation's profile and cannot edit another's", async ({ page }) => {
  const own = await createRows("networks");
  await signInAs(page, own.people.partnerA);
  await page.goto(`/organisations/${own.own.id}`);
  await page.getByRole("link", { name: "Edit profile" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Competence profile of ${own.own.name}` })).toBeVisible();
  await page.getByRole("checkbox", { name: "Agritech" }).check();
  await page.getByRole("checkbox", { name: "Internet of things" }).check();
  await page.getByLabel("Staff size").selectOption({ label: "10–49 staff" });
  await page.getByLabel("What we bring to a consortium").fill("Soil sensors and a farm testbed.");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved.");
  const profile = page.getByRole("region", { name: "Competence profile" });
  await expect(profile).toContainText("Agritech, Internet of things");
  await expect(profile).toContainText("Soil sensors and a farm testbed.");

  // Another organisation's profile: no way in, and nothing changes.
  await page.goto(`/organisations/${own.other.id}`);
  const others = page.getByRole("region", { name: "Competence profile" });
  await expect(others).toBeVisible();
  await expect(others.getByRole("link", { name: "Edit profile" })).toHaveCount(0);
  await page.goto(`/organisations/${own.other.id}/profile`);
  await expect(page.getByRole("heading", { level: 1 })).not.toContainText("Competence profile");
  await page.goto(`/organisations/${own.other.id}`);
  await expect(page.getByRole("region", { name: "Competence profile" })).not.toContainText("Soil sensors");
});
