import { expect, test, type Page } from "./fixtures";
import { signInAs } from "./helpers";
import { createRows } from "./rows";

/** Each test's own project and deliverables (e2e/scenarios.ts): what one test changes, no other sees. */
let own: Awaited<ReturnType<typeof createRows<"deliverables">>>;
let PROJECT: string;
const deliverableUrl = (number: string) => `/projects/${PROJECT}/deliverables/${own.deliverableIds[number]}`;

test.beforeEach(async () => {
  own = await createRows("deliverables");
  PROJECT = own.projectId;
});
const statusBadge = (page: Page) =>
  page
    .locator("h1")
    .locator("..")
    .getByText(/^(Pending|Draft|In review|Submitted|Approved|Rejected)$/);

test("a lead takes an overdue deliverable from pending to approved, and the history keeps every step", async ({
  page,
}) => {
  await signInAs(page, own.people.lead);
  await page.goto(`/projects/${PROJECT}`);
  await page.getByRole("link", { name: "Deliverables", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Deliverables of ${own.acronym}` })).toBeVisible();
  await page.getByRole("link", { name: "D1.3", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("D1.3 Deliverable D1.3");
  await expect(page.getByText("Overdue", { exact: true })).toBeVisible();
  // Nothing recorded yet: it may still be deleted, and the page says who acts next.
  await expect(page.getByRole("button", { name: "Delete" })).toBeVisible();
  await expect(page.getByText("Not started: the responsible partner starts a draft")).toBeVisible();

  await page.getByRole("button", { name: "Start the draft" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved.");
  await expect(statusBadge(page)).toHaveText("Draft");
  // With a history it is kept: Delete is not offered, and the page says why.
  await expect(page.getByRole("button", { name: "Delete" })).toHaveCount(0);
  await expect(page.getByText("It cannot be deleted: it has files, comments or a status history")).toBeVisible();
  // A comment given with a status change lands in the one comment thread.
  await page.getByLabel("Comment", { exact: true }).fill("Ready for the lead's eyes.");
  await page.getByRole("button", { name: "Send to internal review" }).click();
  await expect(statusBadge(page)).toHaveText("In review");
  const thread = page.getByRole("list", { name: "Comments, oldest first" });
  await expect(thread.getByRole("listitem").filter({ hasText: "Ready for the lead's eyes." })).toContainText(
    "with the move to In review",
  );
  await expect(
    page.getByText("In internal review: the project lead submits it to the funder or sends it back to draft."),
  ).toBeVisible();

  // A report is submitted as a file: Submit is offered once a document is uploaded, and says so.
  await expect(page.getByRole("button", { name: "Submit" })).toHaveCount(0);
  await expect(page.getByText("Submit is offered once a document is uploaded")).toBeVisible();
  await page.getByLabel("Choose a file to upload").setInputFiles({
    name: "D1.3 final.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4\n1 0 obj <</Type /Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n"),
  });
  await expect(page.getByRole("button", { name: "Submit" })).toBeVisible();

  // Late: submitting needs a justification.
  await page.getByRole("button", { name: "Submit" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "justify the late submission" })).toBeVisible();
  await expect(statusBadge(page)).toHaveText("In review");
  await page.getByLabel("Justification for the late submission").fill("The final conference moved to June.");
  await page.getByRole("button", { name: "Submit" }).click();
  await expect(statusBadge(page)).toHaveText("Submitted");
  await expect(page.getByText("The final conference moved to June.")).toBeVisible();

  await page.getByRole("button", { name: "Approve" }).click();
  await expect(statusBadge(page)).toHaveText("Approved");

  await page.reload();
  await expect(statusBadge(page)).toHaveText("Approved");
  const steps = page.getByRole("list", { name: "Status changes, newest first" }).getByRole("listitem");
  await expect(steps).toHaveCount(4);
  await expect(steps.nth(0)).toContainText("Submitted → Approved");
  await expect(steps.nth(1)).toContainText("In review → Submitted");
  await expect(steps.nth(2)).toContainText("Draft → In review");
  await expect(steps.nth(3)).toContainText("Pending → Draft");
  await expect(steps.nth(0)).toContainText(own.people.lead.name);

  // The project's history lists the same steps, and exports them.
  await page.goto(`/projects/${PROJECT}/history?entity=deliverable`);
  const history = page.getByRole("table", { name: "Changes, newest first" });
  await expect(history).toContainText("D1.3: Submitted → Approved");
  await expect(history).toContainText("D1.3: Pending → Draft");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Export as CSV" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${own.acronym}-history.csv`);
  const csv = await (await download.createReadStream()).toArray();
  const text = Buffer.concat(csv).toString("utf8");
  expect(text.split("\r\n")[0]).toBe(
    "time_utc,actor,actor_email,action,record_type,record_id,description,before,after",
  );
  expect(text).toContain("D1.3: In review → Submitted");
});

test("two people saving the same deliverable: the second is told, and the first save stands", async ({ browser }) => {
  const first = await browser.newPage();
  const second = await browser.newPage();
  await signInAs(first, own.people.lead);
  await signInAs(second, own.people.admin);
  const editUrl = `${deliverableUrl("D3.2")}/edit`;
  await first.goto(editUrl);
  await second.goto(editUrl);

  await first.getByLabel("Title").fill("Joint strategy, first editor's title");
  await first.getByRole("button", { name: "Save deliverable" }).click();
  await expect(first.getByRole("status")).toHaveText("D3.2 saved.");

  await second.getByLabel("Title").fill("Second editor's title");
  await second.getByRole("button", { name: "Save deliverable" }).click();
  await expect(
    second.getByRole("alert").filter({ hasText: "Someone else saved D3.2 while you were editing" }),
  ).toContainText("Joint strategy, first editor's title");
  await expect(second.getByLabel("Title")).toHaveValue("Second editor's title");

  await second.goto(deliverableUrl("D3.2"));
  await expect(second.getByRole("heading", { level: 1 })).toHaveText("D3.2 Joint strategy, first editor's title");
});

test("bulk status change is all or nothing", async ({ page }) => {
  await signInAs(page, own.people.lead);
  await page.goto(`/projects/${PROJECT}/deliverables`);
  const table = page.getByRole("table", { name: "Deliverables by work package" });
  await expect(table.getByRole("rowgroup").filter({ hasText: "WP2 Work package 2" })).toBeVisible();

  // Reopening the approved D1.1 needs a comment: without one, D3.3 stays as it was too.
  await page.getByLabel("Select D3.3").check();
  await page.getByLabel("Select D1.1").check();
  await page.getByLabel("New status").selectOption({ label: "Draft" });
  await page.getByRole("button", { name: "Apply to selected" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "Nothing was changed. D1.1: Say why in a comment." }),
  ).toBeVisible();
  await expect(table.getByRole("row", { name: /D3\.3/ })).toContainText("Pending");
  await expect(table.getByRole("row", { name: /D1\.1/ })).toContainText("Approved");

  await page.getByLabel("Select D1.1").uncheck();
  await page.getByLabel("Select D2.4").check();
  await expect(
    page.getByRole("group", { name: "Change the status of the selected deliverables (2 selected)" }),
  ).toBeVisible();
  await page.getByRole("button", { name: "Apply to selected" }).click();
  await expect(page.getByRole("status").filter({ hasText: "2 deliverables changed to Draft." })).toBeVisible();
  // Applied: the boxes are cleared, so that a second change starts from nothing ticked.
  await expect(
    page.getByRole("group", { name: "Change the status of the selected deliverables (0 selected)" }),
  ).toBeVisible();
  await expect(page.getByLabel("Select D3.3")).not.toBeChecked();
  await expect(table.getByRole("row", { name: /D3\.3/ })).toContainText("Draft");
  await expect(table.getByRole("row", { name: /D2\.4/ })).toContainText("Draft");
});

test("the list filters by overdue and by partner", async ({ page }) => {
  await signInAs(page, own.people.lead);
  await page.goto(`/projects/${PROJECT}/deliverables`);
  await page.getByLabel("Due", { exact: true }).selectOption({ label: "Overdue" });
  await page.getByLabel("Responsible partner").selectOption({ label: own.partnerAOption });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/due=overdue/);
  const rows = page
    .getByRole("table", { name: "Deliverables by work package" })
    .getByRole("row")
    .filter({ hasText: "Overdue" });
  await expect(rows).toHaveCount(2);
  await expect(page.getByRole("table", { name: "Deliverables by work package" })).not.toContainText("D2.1");
});

test("a partner works on its own deliverable but cannot approve", async ({ page }) => {
  await signInAs(page, own.people.partnerA);
  // D4.2 is submitted and belongs to another partner: nothing to do.
  await page.goto(deliverableUrl("D4.2"));
  await expect(page.getByRole("button", { name: "Approve" })).toHaveCount(0);
  await expect(page.getByText("There is nothing you can change in this status.")).toBeVisible();
  // D2.3 is its own draft: it may send it to review, not submit it.
  await page.goto(deliverableUrl("D2.3"));
  await expect(page.getByRole("button", { name: "Send to internal review" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Submit" })).toHaveCount(0);
});

test("a partner of another organisation sees none of the project's deliverables", async ({ page }) => {
  await signInAs(page, own.people.outsider);
  for (const path of [`/projects/${PROJECT}/deliverables`, deliverableUrl("D2.2"), `/projects/${PROJECT}/history`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByText("Deliverable D2.2")).toHaveCount(0);
  }
  const csv = await page.request.get(`/projects/${PROJECT}/history/export`);
  expect(csv.status()).toBe(404);
  expect(await csv.text()).not.toContain("D2.2");
});

test("an unreachable server is said so, and the choices stay as they were", async ({ page, context }) => {
  await signInAs(page, own.people.lead);
  await page.goto(`/projects/${PROJECT}/deliverables`);
  await page.getByLabel("Select D3.3").check();
  await page.getByLabel("New status").selectOption({ label: "In review" });
  await page.getByLabel("Comment").fill("Ready for the partners' review.");

  await context.setOffline(true);
  await page.getByRole("button", { name: "Apply to selected" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "The server could not be reached. Nothing was changed" }),
  ).toBeVisible();
  await context.setOffline(false);

  await expect(page.getByLabel("Select D3.3")).toBeChecked();
  await expect(page.getByLabel("New status")).toHaveValue("IN_REVIEW");
  await expect(page.getByLabel("Comment")).toHaveValue("Ready for the partners' review.");
});
