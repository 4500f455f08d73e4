import path from "node:path";
import { expect, test } from "./fixtures";
import { signInAs } from "./helpers";
import { createRows } from "./rows";
import { TEST_PASSWORD } from "../test/fixtures/password";

const fixture = (name: string) => path.resolve("test/fixtures/cordis", name);

test("a coordinator previews a malformed CORDIS file, sees every problem by line, and cannot import it", async ({
  page,
}) => {
  await signInAs(page, "coordinator");
  await page.goto("/projects/import");
  await page.getByLabel("project.csv").setInputFiles(fixture("project-malformed.csv"));
  await page.getByLabel("organization.csv").setInputFiles(fixture("organization-malformed.csv"));
  await page.getByRole("button", { name: "Preview import" }).click();
  const problems = page.getByRole("table", { name: "Problems in the files" });
  await expect(problems.getByRole("row")).toHaveCount(9);
  await expect(problems.getByRole("row", { name: /project\.csv 4 startDate is not a date/ })).toBeVisible();
  await expect(
    problems.getByRole("row", { name: /organization\.csv 3 Project 101990099 is not in project\.csv/ }),
  ).toBeVisible();
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
  await expect(organisations.getByRole("row", { name: /CLUJ IT CLUSTER/ })).toContainText(
    "Matches Cluj IT Cluster (same name and country)",
  );
  await expect(organisations.getByRole("row", { name: /Aristotle/ })).toContainText("Greece");

  await page.getByRole("button", { name: "Import 2 projects" }).click();
  await expect(page.getByRole("status")).toContainText(
    "Imported: 2 projects created, 0 skipped as imported before, 4 new organisations.",
  );

  await page.getByRole("link", { name: "Portfolio" }).first().click();
  const horizon = page.getByRole("region", { name: "Horizon Europe" });
  await expect(horizon.getByRole("row", { name: /DIGIBRIDGE/ })).toContainText("1 Mar 2026 – 31 Aug 2028 (30 months)");
  await horizon.getByRole("link", { name: "DIGIBRIDGE" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("DIGIBRIDGE");
});

test("a partner creates a personal calendar feed and reads it as iCalendar", async ({ page }) => {
  const own = await createRows("deliverables");
  await signInAs(page, own.people.partnerA);
  await page.getByRole("link", { name: own.people.partnerA.name }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  await page.getByRole("button", { name: "Create feed address" }).click();
  const address = page.getByLabel("Your new feed address");
  await expect(address).toHaveValue(/\/api\/calendar\/[\w-]+\.ics$/);
  const feed = await page.request.get(await address.inputValue());
  expect(feed.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  const body = await feed.text();
  expect(body).toContain("BEGIN:VCALENDAR");
  expect(body).toContain(`SUMMARY:${own.acronym} · D2.2 Deliverable D2.2`);

  // Replacing the address, after confirming, ends the old one.
  const old = await address.inputValue();
  await page.getByRole("button", { name: "Replace feed address" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Replace feed address" }).click();
  await expect(address).not.toHaveValue(old);
  expect((await page.request.get(old)).status()).toBe(404);
});

test("a partner's status change reaches the lead as a notification, which the lead marks read", async ({ browser }) => {
  const own = await createRows("deliverables");
  const partner = await browser.newPage();
  await signInAs(partner, own.people.partnerA);
  await partner.goto(`/projects/${own.projectId}/deliverables/${own.deliverableIds["D2.3"]}`);
  await partner.getByRole("button", { name: "Send to internal review" }).click();
  await expect(partner.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(partner.getByText("In review").first()).toBeVisible();

  // The partner also turns e-mail reminders off; the choice is kept.
  await partner.getByRole("link", { name: own.people.partnerA.name }).click();
  await partner.getByLabel(/E-mail me a digest of deadlines/).uncheck();
  await partner.getByRole("button", { name: "Save preferences" }).click();
  await expect(partner.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await partner.reload();
  await expect(partner.getByLabel(/E-mail me a digest of deadlines/)).not.toBeChecked();

  const lead = await browser.newPage();
  await signInAs(lead, own.people.lead);
  await lead.getByRole("link", { name: /^Notifications, \d+ unread$/ }).click();
  await expect(lead.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
  const item = lead.getByRole("listitem").filter({ hasText: `${own.acronym}: D2.3 is now In review` });
  await expect(item).toContainText("Unread");
  await lead.getByRole("button", { name: "Mark all as read" }).click();
  await expect(item).toContainText("Read");
  await expect(lead.getByRole("link", { name: "Notifications, none unread" })).toBeVisible();
  await item.getByRole("link").click();
  await expect(lead.getByRole("heading", { level: 1 })).toContainText("D2.3 Deliverable D2.3");
});

test.describe("in Romanian", () => {
  test.use({ locale: "ro-RO" });

  test("a browser that prefers Romanian gets the pages, dates and amounts in Romanian, and can switch to English", async ({
    page,
  }) => {
    await page.goto("/login");
    await expect(page.getByRole("heading", { level: 1, name: "Autentificare în Consortia" })).toBeVisible();
    // The form's own checks (the shared schema, in the browser) speak Romanian.
    await page.getByRole("button", { name: "Autentificare" }).click();
    await expect(page.getByText("Introduceți adresa de e-mail.")).toBeVisible();
    await expect(page.getByText("Introduceți parola.")).toBeVisible();
    await page.getByLabel("E-mail").fill("coordinator@demo.test");
    // Messages written by the server are shown in Romanian too.
    await page.getByLabel("Parolă").fill("wrong-password");
    await page.getByRole("button", { name: "Autentificare" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "E-mail sau parolă incorecte." })).toBeVisible();
    await page.getByLabel("Parolă").fill("demo-password");
    await page.getByRole("button", { name: "Autentificare" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Panou" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "ro");

    await page.getByRole("navigation", { name: "Principal" }).getByRole("link", { name: "Proiecte" }).click();
    // Other tests add projects to the list: found by its name.
    await page.getByLabel("Căutare").fill("DANUBE ICT");
    await page.getByRole("button", { name: "Aplicați filtrele" }).click();
    await page.getByRole("table", { name: "Proiecte" }).getByRole("link", { name: "DANUBE ICT" }).click();
    const overview = page.getByRole("region", { name: "Prezentare" });
    await expect(overview).toContainText("1 dec. 2015 – 31 mai 2017 (18 luni)");
    await expect(overview).toContainText("Rată de cofinanțare");
    // Romanian money: dots between thousands, a comma before the cents, the currency after the amount.
    await expect(overview.getByText(/^\d{1,3}(\.\d{3})*,\d{2}\s(€|EUR)$/).first()).toBeVisible();
    await expect(page.getByRole("table", { name: "Parteneri" })).toContainText("Partener principal");

    await page.getByRole("group", { name: "Limba" }).getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("region", { name: "Overview" })).toContainText("1 Dec 2015 – 31 May 2017 (18 months)");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });

  test("a Romanian coordinator types amounts with a decimal comma and reads project months as M", async ({ page }) => {
    const own = await createRows("budget");
    await page.goto("/login");
    await page.getByLabel("E-mail").fill(own.people.coordinator.email);
    await page.getByLabel("Parolă").fill(TEST_PASSWORD);
    await page.getByRole("button", { name: "Autentificare" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Panou" })).toBeVisible();
    await page.goto(`/projects/${own.projectId}/budget`);
    await page.getByRole("link", { name: "Editați liniile de buget" }).click();
    await page.getByRole("link", { name: "Editați PP1 · P1 · Cheltuieli de personal" }).click();
    // The hint and the refusal give their example with a decimal comma.
    await expect(page.getByText("Exact, de exemplu 12500 sau 12500,50.")).toBeVisible();
    await page.getByLabel("Sumă (EUR)").fill("1,234");
    await page.getByRole("button", { name: "Salvați linia de buget" }).click();
    await expect(page.getByText("de exemplu 12500 sau 12500,50.").last()).toBeVisible();
    await page.getByLabel("Sumă (EUR)").fill("91.234,56");
    await page.getByRole("button", { name: "Salvați linia de buget" }).click();
    await expect(page.getByRole("status")).toHaveText("Salvat.");
    await page.getByRole("link", { name: "Editați liniile de buget" }).click();
    await page.getByRole("link", { name: "Editați PP1 · P1 · Cheltuieli de personal" }).click();
    await expect(page.getByLabel("Sumă (EUR)")).toHaveValue("91234.56");

    // One abbreviation for project months in either language.
    await page.goto("/projects/new");
    await expect(page.getByText("Luna 1 (M1) este luna în care începe proiectul.")).toBeVisible();
  });

  test("a Romanian partner's refused upload is explained in Romanian", async ({ page }) => {
    const own = await createRows("reports");
    await page.goto("/login");
    await page.getByLabel("E-mail").fill(own.people.partnerA.email);
    await page.getByLabel("Parolă").fill(TEST_PASSWORD);
    await page.getByRole("button", { name: "Autentificare" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Panou" })).toBeVisible();
    await page.goto(`/projects/${own.projectId}/reports`);
    await page.getByRole("button", { name: "Începeți raportul pentru P1" }).click();
    await expect(page.getByText("Niciun document încă")).toBeVisible();
    // A page disguised as a PDF: refused by its content, and said so in Romanian.
    await page.getByLabel("Alegeți un fișier de încărcat").setInputFiles({
      name: "raport.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("<html><body>nu este un raport</body></html>"),
    });
    const refusal = page.getByRole("alert").filter({ hasText: "raport.pdf nu a fost stocat" });
    await expect(refusal).toBeVisible();
    await expect(refusal).not.toContainText(/whatever|refused|not stored/);
  });
});
