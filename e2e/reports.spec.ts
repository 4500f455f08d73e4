import { expect, test, type Locator, type Page } from "./fixtures";
import { reportStatusOf as statusOf, signInAs } from "./helpers";
import { createRows } from "./rows";

const pdf = (label: string) =>
  Buffer.from(`%PDF-1.4\n% ${label}\n1 0 obj <</Type /Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n`);
const V1 = pdf("first version");

async function uploadFile(page: Page, name: string, buffer: Buffer, mimeType = "application/pdf") {
  await page.getByLabel("Choose a file to upload").setInputFiles({ name, mimeType, buffer });
}

async function uploadNewVersion(page: Page, document: string, name: string, buffer: Buffer) {
  await page.getByText(`Upload a new version of “${document}”`).click();
  await page
    .getByLabel(`Choose the new version of “${document}”`)
    .setInputFiles({ name, mimeType: "application/pdf", buffer });
}

const versionsOf = (page: Page, document: string) =>
  page.getByRole("table", { name: `Versions of “${document}”, newest first` });

// Anchored: the uploader's generated name may itself contain "v2".
const versionRow = (versions: Locator, version: number) =>
  versions.getByRole("row", { name: new RegExp(`^v${version} `) });

test("a partner reports, the lead returns it, the partner resubmits, the lead accepts", async ({ browser }) => {
  // Three people in three browsers, eight uploads and moves: up to 50 s on a busy machine.
  test.setTimeout(90_000);
  // A project of its own, in its first reporting period.
  const own = await createRows("reports");
  const partner = await browser.newPage();
  await signInAs(partner, own.people.partnerA);
  await partner.goto(`/projects/${own.projectId}`);
  await partner.getByRole("link", { name: "Reports" }).click();
  const current = partner.getByRole("region").filter({ has: partner.getByText("Current period") });
  await expect(current.getByRole("heading")).toContainText("P1");
  await current.getByRole("button", { name: "Start the P1 report" }).click();
  await expect(partner.getByRole("heading", { level: 1, name: `P1 report of ${own.partnerAName}` })).toBeVisible();
  await expect(statusOf(partner)).toHaveText("Draft");
  // When it is due, in words, and not late yet.
  const heading = partner.locator("h1").locator("..");
  await expect(heading).toContainText(/Due \d{1,2} \w+ \d{4}/);
  await expect(heading.getByText("Late")).toHaveCount(0);

  // A page disguised as a PDF is refused, and nothing is stored.
  await uploadFile(partner, "report.pdf", Buffer.from("<html><body>not a report</body></html>"));
  await expect(partner.getByRole("alert").filter({ hasText: "report.pdf was not stored" })).toContainText(
    "whatever their name",
  );
  await expect(partner.getByText("No documents yet")).toBeVisible();

  // Two documents, each with versions of its own: a second file does not replace the first.
  await partner.getByLabel("Document type").selectOption({ label: "Activity report" });
  await uploadFile(partner, "P1 report.pdf", V1);
  await expect(
    partner.getByRole("status").filter({ hasText: "P1 report.pdf uploaded as v1 of “P1 report.pdf”." }),
  ).toBeVisible();
  const files = versionsOf(partner, "P1 report.pdf");
  await expect(files.getByRole("row")).toHaveCount(2);
  await expect(partner.getByRole("heading", { name: /P1 report\.pdf/ })).toContainText("Activity report");
  await uploadNewVersion(partner, "P1 report.pdf", "P1 report v2.pdf", pdf("second version"));
  await expect(versionRow(files, 2)).toContainText("P1 report v2.pdf");
  await partner.getByLabel("Document type").selectOption({ label: "Timesheets" });
  await uploadFile(partner, "P1 timesheets.pdf", pdf("timesheets"));
  const timesheets = versionsOf(partner, "P1 timesheets.pdf");
  await expect(timesheets.getByRole("row")).toHaveCount(2);
  await expect(files.getByRole("row")).toHaveCount(3);
  // Checksums are for those who check what was sent, not for the partner.
  await expect(files.getByRole("columnheader", { name: "SHA-256" })).toHaveCount(0);

  // The summary typed goes with the report. Leaving with it unsaved asks first, after a save too; staying keeps it.
  const summary = partner.getByLabel("Summary of the period's work");
  await summary.fill("Two workshops.");
  await partner.getByRole("button", { name: "Save summary" }).click();
  await expect(partner.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await summary.fill("Two workshops and the competence survey.");
  partner.once("dialog", (dialog) => {
    expect(dialog.message()).toBe("You have changes that are not saved. Leave this page and lose them?");
    void dialog.dismiss();
  });
  await partner.getByRole("link", { name: "Reports" }).first().click();
  await expect(summary).toHaveValue("Two workshops and the competence survey.");
  // A check step shows what will be sent, the summary as typed and the versions to be frozen, before it goes.
  await partner.getByRole("button", { name: "Submit the report" }).click();
  const check = partner.getByRole("region", { name: "Check the report before you send it" });
  await expect(check).toContainText("Two workshops and the competence survey.");
  await expect(check).toContainText("P1 report.pdf: v2 (P1 report v2.pdf)");
  await expect(check).toContainText("P1 timesheets.pdf: v1 (P1 timesheets.pdf)");
  await check.getByRole("button", { name: "Send the report" }).click();
  await expect(statusOf(partner)).toHaveText("Submitted");
  await expect(partner.getByText("Two workshops and the competence survey.")).toBeVisible();
  await expect(versionRow(files, 2)).toContainText("Submitted, frozen");
  await expect(versionRow(files, 1)).not.toContainText("Submitted, frozen");
  await expect(versionRow(timesheets, 1)).toContainText("Submitted, frozen");
  await expect(partner.getByLabel("Choose a file to upload")).toHaveCount(0);
  const reportUrl = partner.url().replace(/\?.*$/, "");

  // The lead returns it, with a comment.
  const lead = await browser.newPage();
  await signInAs(lead, own.people.lead);
  // The report waits in the lead's review queue, which leads straight to it.
  const queue = lead.getByRole("region", { name: "Needs your review" });
  const waiting = queue.getByRole("row", { name: new RegExp(`P1 report of PP\\d+ ${own.partnerAName}`) });
  await expect(waiting).toContainText("Submitted: accept or return it");
  await waiting.getByRole("link", { name: /P1 report/ }).click();
  await expect(lead).toHaveURL(reportUrl);
  await expect(versionsOf(lead, "P1 report.pdf").getByRole("columnheader", { name: "SHA-256" })).toBeVisible();
  await lead.getByRole("button", { name: "Return to the partner" }).click();
  await expect(lead.getByRole("alert").filter({ hasText: "Say what the partner should change." })).toBeVisible();
  await lead.getByLabel("Comment for the partner").fill("Please add the signed attendance lists.");
  await lead.getByRole("button", { name: "Return to the partner" }).click();
  await expect(statusOf(lead)).toHaveText("Returned");

  // The partner sees the comment, uploads v3 of the report and resubmits.
  await partner.goto(reportUrl);
  await expect(partner.getByRole("alert").filter({ hasText: `Returned by ${own.people.lead.name}` })).toContainText(
    "Please add the signed attendance lists.",
  );
  await uploadNewVersion(partner, "P1 report.pdf", "P1 report with lists.pdf", pdf("third version"));
  await expect(versionRow(files, 3)).toBeVisible();
  await partner.getByRole("button", { name: "Resubmit the report" }).click();
  await partner.getByRole("button", { name: "Send the report" }).click();
  await expect(statusOf(partner)).toHaveText("Submitted");

  await lead.goto(reportUrl);
  await lead.getByRole("button", { name: "Accept" }).click();
  await expect(statusOf(lead)).toHaveText("Accepted");
  // The history names what changed and links to it.
  await lead.goto(`/projects/${own.projectId}/history`);
  await expect(lead.getByRole("link", { name: `Returned the P1 report of ${own.partnerAName}` })).toBeVisible();
  await lead.getByRole("link", { name: `Accepted the P1 report of ${own.partnerAName}` }).click();
  await expect(lead).toHaveURL(reportUrl);

  // Downloading v1 returns exactly the bytes uploaded, as an attachment.
  const href = await partner.getByRole("link", { name: "Download v1: P1 report.pdf" }).getAttribute("href");
  const download = await partner.request.get(href!);
  expect(download.status()).toBe(200);
  expect(Buffer.from(await download.body()).equals(V1)).toBe(true);
  expect(download.headers()["content-disposition"]).toContain("attachment");
  expect(download.headers()["x-content-type-options"]).toBe("nosniff");

  // Another organisation's partner gets nothing, by page or by direct URL.
  const outsider = await browser.newPage();
  await signInAs(outsider, own.people.outsider);
  expect((await outsider.goto(reportUrl))?.status()).toBe(404);
  expect((await outsider.goto(`/projects/${own.projectId}/reports`))?.status()).toBe(404);
  const stolen = await outsider.request.get(href!);
  expect(stolen.status()).toBe(404);
  const upload = await outsider.request.post(`/api/uploads?reportId=${reportUrl.split("/").pop()}`, {
    headers: { "X-File-Name": "x.pdf" },
    data: V1,
  });
  expect(upload.status()).toBe(404);
});
