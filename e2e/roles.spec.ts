import { expect, test, type Page } from "./fixtures";
import { queryE2eDatabase } from "./database";
import { DEMO_PROJECT_IDS, signInAs } from "./helpers";

const myProjects = (page: Page) => page.getByRole("region", { name: "My projects" }).getByRole("listitem");
const signedInAs = (page: Page) => page.getByLabel("Signed in as");

/**
 * Every project of the database in the project list, the demo's among them; the dashboard shows the newest twelve,
 * and other tests add projects.
 */
async function expectEveryProject(page: Page) {
  const [projects] = await queryE2eDatabase<{ count: number | string }>(
    `SELECT COUNT(*) AS "count" FROM "Project" WHERE "archivedAt" IS NULL`,
  );
  const total = Number(projects!.count);
  await expect(myProjects(page)).toHaveCount(Math.min(total, 12));
  await page.getByRole("link", { name: "Projects", exact: true }).click();
  await expect(page.getByText(`${total} projects · page 1 of ${Math.ceil(total / 20)}`)).toBeVisible();
  for (const acronym of ["DANUBE ICT", "SMART-BRIDGE", "GREENEDGE"]) {
    await page.getByLabel("Search").fill(acronym);
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page.getByRole("table", { name: "Projects" }).getByRole("link", { name: acronym })).toHaveCount(1);
  }
}

test("an administrator sees every project", async ({ page }) => {
  await signInAs(page, "admin");
  await expect(signedInAs(page)).toContainText("Ana Admin");
  await expect(signedInAs(page)).toContainText("Administrator");
  await expectEveryProject(page);
});

test("a coordinator sees every project with every partner's budget", async ({ page }) => {
  await signInAs(page, "coordinator");
  await expect(signedInAs(page)).toContainText("Coordinator");
  // What is due comes from running projects only: DANUBE ICT ended in 2017. (Other tests' projects may fill the
  // dashboard's ten rows; "Everything due" lists them all.)
  const due = page.getByRole("table", { name: "Due next" });
  await expect(due.getByRole("row")).not.toHaveCount(0);
  await expect(due.getByRole("row", { name: /DANUBE ICT/ })).toHaveCount(0);
  await page.goto("/dashboard/due");
  await expect(page.getByRole("heading", { level: 1, name: "Everything due" })).toBeVisible();
  const all = page.getByRole("table", { name: "Everything due" });
  await expect(all.getByRole("row", { name: /SMART-BRIDGE/ }).first()).toBeVisible();
  await expect(all.getByRole("row", { name: /GREENEDGE/ }).first()).toBeVisible();
  await expect(all.getByRole("row", { name: /DANUBE ICT/ })).toHaveCount(0);
  await page.goto("/dashboard");
  await expectEveryProject(page);
  await page.goto(`/projects/${DEMO_PROJECT_IDS.smartBridge}`);
  const partners = page.getByRole("table", { name: "Partners" });
  await expect(partners.getByRole("row")).toHaveCount(6);
  await expect(partners.getByText("Not shown")).toHaveCount(0);
});

test("a project lead sees the project they lead, with its plan and computed due dates", async ({ page }) => {
  await signInAs(page, "lead");
  await expect(signedInAs(page)).toContainText("Project lead");
  await expect(myProjects(page)).toHaveCount(1);
  await expect(myProjects(page)).toContainText("DANUBE ICT");

  await page.getByRole("link", { name: "Projects", exact: true }).click();
  await expect(page.getByRole("table", { name: "Projects" }).getByRole("row")).toHaveCount(2);
  await page.getByRole("link", { name: "DANUBE ICT" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toContainText("DANUBE ICT");
  // The browser's tab names the project.
  await expect(page).toHaveTitle("DANUBE ICT · Consortia");
  await expect(page.getByText("1 Dec 2015 – 31 May 2017 (18 months)")).toBeVisible();
  await expect(page.getByText("This project ended on 31 May 2017, but its status still says Running.")).toBeVisible();
  const workPackages = page.getByRole("table", { name: "Work packages" });
  await expect(workPackages.getByRole("row")).toHaveCount(5);
  await expect(workPackages).toContainText("Mapping of ICT competences");
  await expect(workPackages).toContainText("M1–M8 · 1 Dec 2015 – 31 Jul 2016");

  // D2.2 is due in M8 of a project starting in December 2015: the end of July 2016, and still open.
  const deliverable = page.getByRole("table", { name: "Deliverables" }).getByRole("row", { name: /D2\.2/ });
  await expect(deliverable).toContainText("31 Jul 2016");
  await expect(deliverable).toContainText("(M8)");
  await expect(deliverable).toContainText("Overdue");
  await expect(deliverable).toContainText("In review");
  // Approved deliverables are not overdue, whatever their date.
  await expect(page.getByRole("row", { name: /D1\.1/ })).not.toContainText("Overdue");
});

test("a partner sees its project, what its organisation owes, and only its own budget", async ({ page }) => {
  await signInAs(page, "partner");
  await expect(signedInAs(page)).toContainText("Partner");
  await expect(signedInAs(page)).toContainText("Sofia Digital Cluster");
  await expect(myProjects(page)).toHaveCount(1);

  // DANUBE ICT ended in May 2017 and is still marked running: it says so, and owes nothing "next".
  await expect(myProjects(page)).toContainText("Ended, not closed");
  await expect(page.getByRole("region", { name: "What your organisation owes next" })).toContainText(
    "Nothing due in the next three months",
  );
  // Partners review nothing.
  await expect(page.getByRole("region", { name: "Needs your review" })).toHaveCount(0);

  await page.goto(`/projects/${DEMO_PROJECT_IDS.danubeIct}`);
  const partners = page.getByRole("table", { name: "Partners" });
  await expect(partners.getByRole("row", { name: /Sofia Digital Cluster/ })).toContainText("€");
  await expect(partners.getByRole("row", { name: /Cluj IT Cluster/ })).toContainText("Not shown");
});

test("a partner cannot open a project its organisation is not part of", async ({ page }) => {
  await signInAs(page, "partner");
  const response = await page.goto(`/projects/${DEMO_PROJECT_IDS.smartBridge}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Not found" })).toBeVisible();
  await expect(page.getByText("SMART-BRIDGE")).toHaveCount(0);
  await expect(page.getByText("Smart Bridges between Digital Innovation Hubs")).toHaveCount(0);
});

test("a partner of another organisation sees nothing of DANUBE ICT", async ({ page }) => {
  await signInAs(page, "partner2");
  await expect(myProjects(page)).toHaveCount(1);
  await expect(myProjects(page)).toContainText("SMART-BRIDGE");
  await expect(page.getByText("DANUBE ICT")).toHaveCount(0);

  const response = await page.goto(`/projects/${DEMO_PROJECT_IDS.danubeIct}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByText("Danube ICT Clusters")).toHaveCount(0);

  await page.goto("/projects?q=ICT");
  await expect(page.getByText("No projects match these filters")).toBeVisible();
  await page.goto("/programmes/demo-prog-start");
  await expect(page.getByText("None of your projects are funded by this programme")).toBeVisible();
  await page.goto("/organisations/demo-org-cluj");
  await expect(page.getByText("DANUBE ICT")).toHaveCount(0);
});

test("a viewer sees the project they were given, without budgets", async ({ page }) => {
  await signInAs(page, "viewer");
  await expect(signedInAs(page)).toContainText("Viewer");
  await expect(myProjects(page)).toHaveCount(1);
  await page.goto(`/projects/${DEMO_PROJECT_IDS.danubeIct}`);
  await expect(page.getByRole("table", { name: "Partners" }).getByText("Not shown")).toHaveCount(10);
});
