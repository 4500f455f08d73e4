import { expect, test } from "./fixtures";
import { signInAs } from "./helpers";
import { createRows } from "./rows";

const PDF = Buffer.from("%PDF-1.4\n% receipt\n1 0 obj <</Type /Catalog>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n");
const today = new Date().toISOString().slice(0, 10);

test("a partner declares spend with a receipt, the lead deducts and accepts, the budget shows both", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const own = await createRows("finance");
  const partner = await browser.newPage();
  await signInAs(partner, own.people.partnerA);
  await partner.goto(`/projects/${own.projectId}/reports`);
  await partner.getByRole("button", { name: "Start the P1 report" }).click();
  const finance = partner.getByRole("region", { name: "Finance" });
  await expect(finance.getByText("No expenditure declared yet")).toBeVisible();

  // An item in the project's currency.
  await finance.getByRole("link", { name: "Add expenditure" }).click();
  await expect(partner.getByLabel("Currency")).toHaveValue("EUR");
  await partner.getByLabel("Cost category").selectOption({ label: "Staff costs" });
  await partner.getByLabel("Description").fill("Salary of the project manager");
  await partner.getByLabel("Invoice date").fill(today);
  // Bad input is said on the field, and nothing is saved.
  await partner.getByLabel("Amount").fill("-5");
  await partner.getByRole("button", { name: "Add expenditure" }).click();
  await expect(
    partner.getByText("The amount must be more than zero.").or(partner.getByText(/Enter the amount/)),
  ).toBeVisible();
  await partner.getByLabel("Amount").fill("1000.00");
  await partner.getByRole("button", { name: "Add expenditure" }).click();
  await expect(partner.getByRole("heading", { level: 1, name: "Salary of the project manager" })).toBeVisible();
  await partner.getByRole("link", { name: "Back to the report" }).click();

  // An item in lei, with its receipt: converted with the rate shown on the row.
  await finance.getByRole("link", { name: "Add expenditure" }).click();
  await partner.getByLabel("Cost category").selectOption({ label: "Travel and accommodation" });
  await partner.getByLabel("Description").fill("Hotel in Cluj");
  await partner.getByLabel("Supplier").fill("Hotel Napoca");
  await partner.getByLabel("Invoice number").fill("HN-2041");
  await partner.getByLabel("Invoice date").fill(today);
  await partner.getByLabel("Amount").fill("995.22");
  await partner.getByLabel("Currency").fill("RON");
  await partner.getByRole("button", { name: "Add expenditure" }).click();
  await expect(partner.getByRole("heading", { level: 1, name: "Hotel in Cluj" })).toBeVisible();
  await partner
    .getByLabel("Choose a receipt for “Hotel in Cluj”")
    .setInputFiles({ name: "hotel invoice.pdf", mimeType: "application/pdf", buffer: PDF });
  await expect(partner.getByRole("table", { name: "Versions of “hotel invoice.pdf”, newest first" })).toBeVisible();
  await partner.getByRole("link", { name: "Back to the report" }).click();

  const hotel = finance.getByRole("row", { name: /Hotel in Cluj/ });
  await expect(hotel).toContainText("RON 995.22");
  await expect(hotel).toContainText(/1 EUR = \d+\.\d{6} RON/);
  await expect(hotel).toContainText("provisional until submission");
  await expect(hotel).toContainText("1 receipt");
  const converted = Number((await hotel.getByRole("cell").nth(5).innerText()).replace(/[€,]/g, ""));
  expect(converted).toBeGreaterThan(150);
  expect(converted).toBeLessThan(250);
  const totals = finance.getByRole("table", { name: "Totals per cost category against the budget" });
  await expect(totals.getByRole("row", { name: /Total/ })).toContainText(
    `€${(1000 + converted).toLocaleString("en", { minimumFractionDigits: 2 })}`,
  );

  // Submitting needs a document; the rates are fixed then.
  await partner.getByLabel("Document type").selectOption({ label: "Activity report" });
  await partner
    .getByLabel("Choose a file to upload")
    .setInputFiles({ name: "P1 report.pdf", mimeType: "application/pdf", buffer: PDF });
  await expect(partner.getByRole("table", { name: "Versions of “P1 report.pdf”, newest first" })).toBeVisible();
  await partner.getByRole("button", { name: "Submit the report" }).click();
  await partner.getByRole("button", { name: "Send the report" }).click();
  await expect(hotel).not.toContainText("provisional");
  const reportUrl = partner.url().replace(/\?.*$/, "");

  // The lead deducts part of the hotel with a reason, then accepts.
  const lead = await browser.newPage();
  await signInAs(lead, own.people.lead);
  await lead.goto(reportUrl);
  await lead.getByRole("link", { name: "Hotel in Cluj" }).click();
  await expect(lead.getByRole("link", { name: "hotel invoice.pdf" }).first()).toBeVisible();
  await lead.getByLabel(/Accepted amount/).fill("100.00");
  await lead.getByRole("button", { name: "Save the check" }).click();
  await expect(lead.getByText("Say why less than the declared amount is accepted.")).toBeVisible();
  await lead.getByLabel("Reason for the deduction").fill("The minibar is not eligible.");
  await lead.getByRole("button", { name: "Save the check" }).click();
  await expect(lead.getByRole("heading", { level: 1, name: /P1 report of/ })).toBeVisible();
  await lead.getByRole("button", { name: "Accept" }).click();
  await expect(lead.getByRole("row", { name: /Hotel in Cluj/ })).toContainText(
    "Deducted: The minibar is not eligible.",
  );

  // The budget page: declared and accepted spend.
  await lead.goto(`/projects/${own.projectId}/budget`);
  const budgetTotals = lead.getByRole("region", { name: "Totals" });
  const euros = (amount: number) => `€${amount.toLocaleString("en", { minimumFractionDigits: 2 })}`;
  await expect(budgetTotals).toContainText(`Declared spend (submitted and accepted reports)${euros(1000 + converted)}`);
  await expect(budgetTotals).toContainText(`Accepted spend (accepted reports)${euros(1100)}`);

  // Another partner of the project sees none of it.
  const other = await browser.newPage();
  await signInAs(other, own.people.partnerB);
  await other.goto(reportUrl);
  await expect(other.getByText("Hotel in Cluj")).toHaveCount(0);
  await expect(other.getByRole("heading", { level: 1 })).not.toContainText("P1 report");
  await other.goto(`/projects/${own.projectId}/budget`);
  await expect(other.getByRole("region", { name: "Totals" })).toContainText(
    `Declared spend (submitted and accepted reports)${euros(0)}`,
  );
});
