import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { PDFParse } from "pdf-parse";
import { expect, test } from "./fixtures";
import { queryE2eDatabase } from "./database";
import { DEMO_PROJECT_IDS, signInAs } from "./helpers";
import { createRows } from "./rows";

const DANUBE = DEMO_PROJECT_IDS.danubeIct;

/** The end-to-end server's database, read directly to check what the pages add up. */
async function sumOfBudgetLines(projectId: string, partnerId?: string): Promise<string> {
  const rows = await queryE2eDatabase<{ amount: number | string }>(
    `SELECT "amount" FROM "BudgetLine" WHERE "projectId" = $1 ${partnerId ? `AND "partnerId" = $2` : ""}`,
    partnerId ? [projectId, partnerId] : [projectId],
  );
  // Sum in cents: exact for amounts with two decimals.
  const cents = rows.reduce((total, row) => total + Math.round(Number(row.amount) * 100), 0);
  return `€${(cents / 100).toLocaleString("en-GB", { minimumFractionDigits: 2 })}`;
}

test("a coordinator sees the portfolio, the project timeline in months and dates, and exact budget totals", async ({
  page,
}) => {
  await signInAs(page, "coordinator");
  await page.getByRole("link", { name: "Portfolio" }).click();
  const start = page.getByRole("region", { name: "Danube Region Strategy START, call START-2015-2" });
  const row = start.getByRole("row", { name: /DANUBE ICT/ });
  await expect(row).toContainText("1 Dec 2015 – 31 May 2017 (18 months)");
  await expect(row).toContainText("Pre-financing €19,783.44, received 21 Jan 2016");
  await expect(row).toContainText("Final payment €19,783.44, planned 31 Oct 2017");
  await expect(page.getByRole("img", { name: "DANUBE ICT, running: 1 Dec 2015 – 31 May 2017" })).toBeVisible();

  await page.getByLabel("Programme", { exact: true }).selectOption({ label: "Horizon Europe" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByRole("region", { name: /Danube Region Strategy START/ })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "GREENEDGE", exact: true })).toBeVisible();

  // The same items in project months and in calendar dates.
  await page.goto(`/projects/${DANUBE}/timeline`);
  const chart = page.getByRole("group", { name: "Gantt chart of DANUBE ICT" });
  const items = chart.getByRole("img");
  const count = await items.count();
  expect(count).toBeGreaterThan(20);
  await expect(chart.getByRole("img", { name: "WP2 Mapping of ICT competences: M1–M8" })).toBeVisible();
  await expect(
    chart.getByRole("img", { name: "D2.2 Map of ICT competences in the Danube region, in review, overdue: M8" }),
  ).toBeVisible();
  await page.getByRole("link", { name: "Calendar dates" }).click();
  await expect(page).toHaveURL(/scale=dates/);
  await expect(
    chart.getByRole("img", { name: "WP2 Mapping of ICT competences: 1 Dec 2015 – 31 Jul 2016" }),
  ).toBeVisible();
  await expect(
    chart.getByRole("img", {
      name: "D2.2 Map of ICT competences in the Danube region, in review, overdue: 31 Jul 2016",
    }),
  ).toBeVisible();
  await expect(items).toHaveCount(count);
  await expect(
    page.getByRole("table", { name: "The timeline as a table" }).getByRole("row", { name: /P2/ }).first(),
  ).toContainText("1 Jun 2016 – 30 Nov 2016");

  // Budget totals equal the sum of the seeded budget lines.
  await page.goto(`/projects/${DANUBE}/budget`);
  await expect(page.getByTestId("budget-total")).toHaveText(await sumOfBudgetLines(DANUBE));
  await expect(
    page.getByRole("table", { name: "Budget and spend by partner and period" }).getByRole("row"),
  ).toHaveCount(12);
  await expect(page.getByRole("table", { name: "Payments" }).getByRole("row")).toHaveCount(5);

  // The budget as a workbook: the lines' amounts are numbers that add up to the page's total.
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export budget (XLSX)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("DANUBE-ICT-budget.xlsx");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile((await download.path())!);
  const lines = workbook.getWorksheet("Budget lines")!;
  let cents = 0;
  lines.eachRow((row, line) => {
    if (line > 1) cents += Math.round((row.getCell(5).value as number) * 100);
  });
  expect((cents / 100).toFixed(2)).toBe((await sumOfBudgetLines(DANUBE)).replace(/[^\d.]/g, ""));
  expect(workbook.getWorksheet("Payments")!.rowCount).toBe(5);
});

test("at 1280 × 900 the portfolio shows every running project and today without scrolling, and zooms", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signInAs(page, "coordinator");
  await page.goto("/portfolio");
  const chart = page.getByRole("group", { name: "Portfolio timeline" });
  /** Within the screen without scrolling: wholly across, and starting above its bottom edge. */
  const inView = async (name: RegExp) => {
    const box = (await chart.getByRole("img", { name }).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(1280);
    expect(box.y).toBeLessThan(900);
  };
  for (const acronym of ["DANUBE ICT", "SMART-BRIDGE", "GREENEDGE"]) await inView(new RegExp(`^${acronym}, running`));
  // Today's line runs down the whole chart, which grows with the projects other tests add.
  await inView(/^Today, /);
  // Nothing to scroll sideways: the chart fits the page.
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

  const span = page.getByRole("navigation", { name: "Time span" });
  const showing = span.getByText(/^Showing /);
  const whole = await showing.innerText();
  await span.getByRole("link", { name: "1 year", exact: true }).click();
  await expect(span.getByRole("link", { name: "1 year", exact: true })).toHaveAttribute("aria-current", "page");
  await expect(showing).not.toHaveText(whole);
  const thisYear = await showing.innerText();
  // DANUBE ICT ended in 2017: a year around today leaves its bar out but keeps its row and link.
  await expect(chart.getByRole("link", { name: /^DANUBE ICT, running/ })).toBeVisible();
  await span.getByRole("link", { name: "← 1 year earlier" }).click();
  await expect(page).toHaveURL(/zoom=1y&shift=-1/);
  await expect(showing).not.toHaveText(thisYear);

  // Below, the cash flow of the projects shown and what the next 90 days bring.
  await expect(page.getByRole("group", { name: "Cash flow in EUR" })).toBeVisible();
  await expect(
    page.getByRole("img", { name: /^EUR: €[\d,.]+ planned and €[\d,.]+ received by the end of / }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "The next 90 days" })).toBeVisible();

  // Filtered by the coordinating organisation: DANUBE ICT is Cluj IT Cluster's, GREENEDGE is not (other tests may
  // add projects that Cluj IT Cluster coordinates).
  await page.getByLabel("Coordinator organisation").selectOption({ label: "Cluj IT Cluster" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByRole("link", { name: "DANUBE ICT", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "GREENEDGE", exact: true })).toHaveCount(0);

  // Each bar leads to its project.
  await page.goto("/portfolio");
  // A person clicks the project's name or its bar: the link's middle may fall between the two.
  await chart
    .getByRole("link", { name: /^GREENEDGE, running/ })
    .getByText("GREENEDGE", { exact: true })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("GREENEDGE");
});

test("the project timeline filtered to one partner shows its deliverables only, each opening its page", async ({
  page,
}) => {
  await signInAs(page, "coordinator");
  await page.goto(`/projects/${DANUBE}/timeline`);
  await page.getByLabel("Partner", { exact: true }).selectOption({ label: "PP2 Sofia Digital Cluster" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(new RegExp(`partner=${DANUBE}-pp2`));
  const own = await queryE2eDatabase<{ number: string }>(
    `SELECT "number" FROM "Deliverable" WHERE "projectId" = $1 AND "responsiblePartnerId" = $2 ORDER BY "number"`,
    [DANUBE, `${DANUBE}-pp2`],
  );
  const chart = page.getByRole("group", { name: "Gantt chart of DANUBE ICT" });
  const deliverables = chart.getByRole("link", { name: /^D\d+\.\d+ / });
  await expect(deliverables).toHaveCount(own.length);
  const shown = (await deliverables.evaluateAll((links) => links.map((link) => link.textContent ?? ""))).map(
    (text) => text.split(" ")[0],
  );
  expect(shown.sort()).toEqual(own.map((row) => row.number));
  // Work packages stay as context; milestones have no partner and leave.
  await expect(chart.getByRole("img", { name: /^WP1 / })).toBeVisible();
  await expect(chart.getByRole("link", { name: /^MS\d/ })).toHaveCount(0);

  await deliverables.first().locator("text").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(shown[0]!);
});

test("a long plan's Gantt shows a hundred rows a page, and every row on asking", async ({ page }) => {
  const own = await createRows("longPlan");
  await signInAs(page, own.lead);
  await page.goto(`/projects/${own.projectId}/timeline`);
  const chart = page.getByRole("group", { name: `Gantt chart of ${own.acronym}` });
  const rows = chart.getByRole("img");
  await expect(page.getByText(`Rows 1–100 of ${own.rows}.`)).toBeVisible();
  await expect(rows).toHaveCount(100);
  await expect(chart.getByRole("link", { name: /^D1\.1 / })).toBeVisible();
  await expect(chart.getByRole("link", { name: /^D1\.120 / })).toHaveCount(0);

  // The next page goes on where the first stopped, in the scale chosen.
  const dates = page.getByRole("link", { name: "Calendar dates" });
  await dates.click();
  // Both scales count the same pages, so wait for the chosen one before paging on.
  await expect(dates).toHaveAttribute("aria-current", "page");
  const pages = page.getByRole("navigation", { name: "Pagination" });
  await expect(pages).toContainText(`${own.rows} rows · page 1 of 2`);
  await pages.getByRole("link", { name: "Next page" }).click();
  await expect(page).toHaveURL(/scale=dates/);
  await expect(page.getByText(`Rows 101–${own.rows} of ${own.rows}.`)).toBeVisible();
  await expect(rows).toHaveCount(own.rows - 100);
  await expect(chart.getByRole("link", { name: /^D1\.120 / })).toBeVisible();
  await expect(page.getByRole("table", { name: "The timeline as a table" }).getByRole("row")).toHaveCount(
    own.rows - 100 + 1,
  );
  // The scale's links keep the page shown.
  await page.getByRole("link", { name: "Project months" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page).not.toHaveURL(/scale=dates/);
  await expect(page.getByText(`Rows 101–${own.rows} of ${own.rows}.`)).toBeVisible();

  // All of them at once, for printing, and back to pages.
  await page.getByRole("link", { name: `Show all ${own.rows} rows` }).click();
  await expect(rows).toHaveCount(own.rows);
  await expect(pages).toHaveCount(0);
  await page.getByRole("link", { name: "Show 100 rows a page" }).click();
  await expect(rows).toHaveCount(100);
});

test("a running project's timeline opens on the year around today and zooms by links", async ({ page }) => {
  await signInAs(page, "coordinator");
  await page.goto(`/projects/${DEMO_PROJECT_IDS.smartBridge}/timeline`);
  const span = page.getByRole("navigation", { name: "Time span" });
  await expect(span.getByRole("link", { name: "12 months", exact: true })).toHaveAttribute("aria-current", "page");
  const [first, last] = (await span.getByText(/^Showing M\d+–M\d+$/).innerText()).match(/\d+/g)!.map(Number);
  expect(last! - first!).toBe(11);
  const chart = page.getByRole("group", { name: "Gantt chart of SMART-BRIDGE" });
  await expect(chart.getByRole("img", { name: /^Today, / })).toBeVisible();

  await span.getByRole("link", { name: "Whole project" }).click();
  await expect(span.getByText(/^Showing M1–M30$/)).toBeVisible();
  const six = span.getByRole("link", { name: "6 months", exact: true });
  await six.click();
  await expect(six).toHaveAttribute("aria-current", "page");
  const sixMonths = await span.getByText(/^Showing /).innerText();
  await span
    .getByRole("link", { name: /6 months (earlier|later)/ })
    .first()
    .click();
  await expect(span.getByText(/^Showing /)).not.toHaveText(sixMonths);
  await expect(page).toHaveURL(/zoom=6m&shift=-?1/);

  // The chart as shown, as a PDF.
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download as PDF" }).click();
  const pdf = await downloading;
  expect(pdf.suggestedFilename()).toBe("SMART-BRIDGE-timeline.pdf");
  const parser = new PDFParse({ data: await readFile((await pdf.path())!) });
  const { text } = await parser.getText();
  await parser.destroy();
  expect(text).toContain("Gantt chart of SMART-BRIDGE");
  expect(text).toMatch(/Shown: M\d+–M\d+\./);
});

test("a partner sees its project's timeline, and only its own organisation's budget", async ({ page }) => {
  await signInAs(page, "partner");
  await page.goto(`/projects/${DANUBE}/timeline`);
  await expect(page.getByRole("group", { name: "Gantt chart of DANUBE ICT" })).toBeVisible();

  await page.goto(`/projects/${DANUBE}/budget`);
  await expect(page.getByText("You see your own organisation's budget and spend.")).toBeVisible();
  const rows = page.getByRole("table", { name: "Budget and spend by partner and period" }).getByRole("row");
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText("Sofia Digital Cluster");
  await expect(page.getByTestId("budget-total")).toHaveText(await sumOfBudgetLines(DANUBE, `${DANUBE}-pp2`));
  await expect(page.getByText("Cluj IT Cluster")).toHaveCount(0);
  await expect(page.getByRole("table", { name: "Payments" })).toHaveCount(0);
  expect((await page.request.get(`/projects/${DANUBE}/export?data=payments`)).status()).toBe(404);
  const budgetCsv = await (await page.request.get(`/projects/${DANUBE}/export?data=budget`)).text();
  expect(budgetCsv).toContain("Sofia Digital Cluster");
  expect(budgetCsv).not.toContain("Cluj IT Cluster");

  // The portfolio shows its one project, without payments.
  await page.goto("/portfolio");
  await expect(page.getByRole("link", { name: "DANUBE ICT", exact: true })).toBeVisible();
  await expect(page.getByText("Pre-financing")).toHaveCount(0);
});

test("a coordinator edits a budget line and adds a payment; the totals follow", async ({ page }) => {
  const own = await createRows("budget");
  await signInAs(page, own.people.coordinator);
  await page.goto(`/projects/${own.projectId}/budget`);
  const before = await page.getByTestId("budget-total").textContent();
  await page.getByRole("link", { name: "Edit budget lines" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Budget lines of ${own.acronym}`);
  const lines = page.getByRole("table", { name: "Budget lines by partner, period and cost category" });
  await expect(lines.getByRole("row", { name: /^PP1 / }).first()).toBeVisible();
  // One partner's lines, then all of them again.
  await page.getByLabel("Partner").selectOption({ index: 2 });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(lines.getByRole("row", { name: /^PP1 / })).toHaveCount(0);
  await expect(lines.getByRole("row", { name: /^PP2 / }).first()).toBeVisible();
  await page.getByRole("link", { name: "Clear filters" }).click();
  await lines.getByRole("link", { name: "Edit PP1 · P1 · Staff costs" }).click();
  await page.getByLabel("Amount (EUR)").fill("abc");
  await page.getByRole("button", { name: "Save budget line" }).click();
  await expect(page.getByText("Enter the amount as an amount such as 12500 or 12500.50.")).toBeVisible();
  await page.getByLabel("Amount (EUR)").fill("90000.50");
  await page.getByRole("button", { name: "Save budget line" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved.");
  await expect(page.getByTestId("budget-total")).not.toHaveText(before!);
  await expect(page.getByTestId("budget-total")).toHaveText(await sumOfBudgetLines(own.projectId));

  await page.getByRole("link", { name: "Add payment" }).click();
  await page.getByLabel("Planned date").fill("2028-06-30");
  await page.getByLabel("Planned amount (EUR)").fill("1000");
  await page.getByLabel("Amount received (EUR)").fill("1000");
  await page.getByRole("button", { name: "Add payment" }).click();
  await expect(page.getByText("Give both the date and the amount received, or neither.")).toBeVisible();
  await page.getByLabel("Amount received (EUR)").fill("");
  await page.getByRole("button", { name: "Add payment" }).click();
  await expect(page.getByRole("table", { name: "Payments" })).toContainText("30 Jun 2028");
});
