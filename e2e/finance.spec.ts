import { expect, test } from "./fixtures";
import ExcelJS from "exceljs";
import { reportStatusOf, signInAs } from "./helpers";
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
  // The deduction shows before the acceptance is saved: wait for the status.
  await expect(reportStatusOf(lead)).toHaveText("Accepted");
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

test("a partner imports its expenditure from the report's template, after the preview lists a bad line", async ({
  page,
}) => {
  test.setTimeout(60_000);
  const own = await createRows("finance");
  await signInAs(page, own.people.partnerA);
  await page.goto(`/projects/${own.projectId}/reports`);
  await page.getByRole("button", { name: "Start the P1 report" }).click();
  const reportUrl = page.url().replace(/\?.*$/, "");
  await page.getByRole("region", { name: "Finance" }).getByRole("link", { name: "Import from a spreadsheet" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import expenditure from a spreadsheet" })).toBeVisible();

  // The template, filled in as in Excel: a date cell, a number cell, the category picked by its name.
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download the template (XLSX)" }).click();
  const template = await downloading;
  expect(template.suggestedFilename()).toMatch(/-P1-PP\d+-expenditure\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile((await template.path())!);
  const sheet = workbook.getWorksheet("Expenditure")!;
  expect(sheet.getRow(1).values).toContain("Invoice date");
  const fill = (rows: ExcelJS.CellValue[][]) =>
    rows.forEach((row, index) => row.forEach((value, column) => (sheet.getCell(index + 2, column + 1).value = value)));
  fill([
    ["Staff costs", "Project manager, first month", null, null, new Date(`${today}T00:00:00Z`), null, 2400, null],
    ["Equipment", "Laptop", "Shop", "L-1", new Date(`${today}T00:00:00Z`), null, -300, "EUR"],
  ]);
  const upload = async () =>
    page.getByLabel("Spreadsheet (XLSX or CSV)").setInputFiles({
      name: "expenditure.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
    });

  await upload();
  await page.getByRole("button", { name: "Preview import" }).click();
  const problems = page.getByRole("table", { name: "Problems in the file, by line" });
  await expect(problems.getByRole("row", { name: /^3 Amount/ })).toContainText("Enter the amount");
  await expect(page.getByRole("button", { name: /^Import/ })).toHaveCount(0);

  fill([[], ["Equipment", "Laptop", "Shop", "L-1", new Date(`${today}T00:00:00Z`), null, 1300.5, "EUR"]]);
  await upload();
  await page.getByRole("button", { name: "Preview import" }).click();
  await expect(page.getByRole("table", { name: "2 items to add" })).toContainText("Laptop");
  await page.getByRole("button", { name: "Import 2 items" }).click();

  await expect(page.getByText("2 expenditure items added.")).toBeVisible();
  expect(page.url()).toContain(reportUrl);
  const finance = page.getByRole("region", { name: "Finance" });
  await expect(finance.getByRole("row", { name: /Laptop/ })).toContainText("€1,300.50");
  await expect(
    finance
      .getByRole("table", { name: "Totals per cost category against the budget" })
      .getByRole("row", { name: /Total/ }),
  ).toContainText("€3,700.50");
});

test("a coordinator imports a month of rates from a rate file", async ({ page }) => {
  const own = await createRows("finance");
  await signInAs(page, own.people.coordinator);
  await page.goto("/programmes/exchange-rates");
  await page.getByLabel("Month of an InforEuro file").fill("2031-01");
  await page.getByLabel("Rate file (CSV or XLSX)").setInputFiles({
    name: "inforeuro.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("Country;Currency;ISO A3 code;Value\nRomania;Romanian leu;RON;5,0123\nAustria;Euro;EUR;1\n"),
  });
  await page.getByRole("button", { name: "Preview import" }).click();
  await expect(page.getByRole("table", { name: "1 rate in the file" })).toContainText("RON");
  await page.getByRole("button", { name: "Import 1 rate" }).click();
  await expect(page.getByText("1 rate imported.")).toBeVisible();
  await page.goto("/programmes/exchange-rates?year=2031");
  await expect(page.getByRole("table", { name: "Rates of 2031" })).toContainText("5.0123");
});
