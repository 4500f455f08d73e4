import ExcelJS from "exceljs";
import { PDFParse } from "pdf-parse";
import { expect, test } from "./fixtures";
import { DEMO_PROJECT_IDS, signInAs } from "./helpers";

const DANUBE = DEMO_PROJECT_IDS.danubeIct;

test("the lead downloads P1's progress report as DOCX and PDF, and the budget as XLSX", async ({ page }) => {
  await signInAs(page, "lead");
  await page.goto(`/projects/${DANUBE}/reports`);
  const p1 = page.getByRole("list", { name: "Progress report of P1" });

  const docx = page.waitForEvent("download");
  await p1.getByRole("link", { name: "Progress report (DOCX)" }).click();
  const docxFile = await docx;
  expect(docxFile.suggestedFilename()).toBe("DANUBE-ICT-P1-progress-report.docx");
  // A DOCX is a ZIP archive whose body is word/document.xml.
  const docxBytes = await (await import("node:fs/promises")).readFile((await docxFile.path())!);
  expect(docxBytes.subarray(0, 2).toString()).toBe("PK");
  expect(docxBytes.includes(Buffer.from("word/document.xml"))).toBe(true);

  const pdf = page.waitForEvent("download");
  await p1.getByRole("link", { name: "Progress report (PDF)" }).click();
  const pdfFile = await pdf;
  expect(pdfFile.suggestedFilename()).toBe("DANUBE-ICT-P1-progress-report.pdf");
  const parser = new PDFParse({ data: await (await import("node:fs/promises")).readFile((await pdfFile.path())!) });
  const { text } = await parser.getText();
  await parser.destroy();
  expect(text).toContain("DANUBE ICT: periodic progress report, P1");
  expect(text).toContain("Cluj IT Cluster");
  expect(text).toMatch(/Page 1 of \d+/);

  await page.goto(`/projects/${DANUBE}/budget`);
  const xlsx = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export budget (XLSX)" }).click();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile((await (await xlsx).path())!);
  const amount = workbook.getWorksheet("Budget lines")!.getRow(2).getCell(5);
  expect(typeof amount.value).toBe("number");
});

test("a partner is offered no progress report and is refused one", async ({ page }) => {
  await signInAs(page, "partner");
  await page.goto(`/projects/${DANUBE}/reports`);
  await expect(page.getByRole("link", { name: "Progress report (PDF)" })).toHaveCount(0);
  const periodHref = `/projects/${DANUBE}/progress-report/${DANUBE}-p1?format=pdf`;
  expect((await page.request.get(periodHref)).status()).toBe(403);
});
