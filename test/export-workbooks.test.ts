/**
 * The XLSX exports read back with the library, as a spreadsheet would open them: money as numbers in the project's
 * currency format, dates as dates, the header frozen and filtered, text that looks like a formula kept as text; and
 * the same visibility as the pages (a partner's workbook holds only its own organisation, and no payments).
 */
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/access/permissions";
import {
  createBudgetLine,
  createConsortium,
  createDeliverable,
  createExpenditureItem,
  createPartnerReport,
  createPayment,
  type Consortium,
} from "@/test/factories";
import { sessionMock, signInForTest } from "@/test/session-mock";

vi.mock("@/lib/auth/session", () => sessionMock);
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined }),
  headers: async () => new Headers({ host: "localhost:3000" }),
}));

const projectExport = await import("@/app/(app)/projects/[projectId]/export/route");
const historyExport = await import("@/app/(app)/projects/[projectId]/history/export/route");

let consortium: Consortium;

async function workbookFor(user: SessionUser, query: string, history = false) {
  signInForTest(user);
  const projectId = consortium.project.id;
  const response = history
    ? await historyExport.GET(new Request(`http://localhost/projects/${projectId}/history/export?${query}`), {
        params: Promise.resolve({ projectId }),
      })
    : await projectExport.GET(new Request(`http://localhost/projects/${projectId}/export?${query}`), {
        params: Promise.resolve({ projectId }),
      });
  if (!response.ok) return { status: response.status, workbook: null };
  expect(response.headers.get("Content-Type")).toContain("spreadsheetml");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  return { status: response.status, workbook };
}

/** Every value of a sheet's column below its header, by the header's text. */
function column(sheet: ExcelJS.Worksheet, header: string): ExcelJS.Cell[] {
  const index = (sheet.getRow(1).values as unknown[]).indexOf(header);
  expect(index, `column ${header} in ${sheet.name}`).toBeGreaterThan(0);
  const cells: ExcelJS.Cell[] = [];
  sheet.eachRow((row, line) => {
    if (line > 1) cells.push(row.getCell(index));
  });
  return cells;
}

beforeAll(async () => {
  consortium = await createConsortium();
  const { project, partnerA } = consortium;
  const [firstPeriod] = project.periodIds;
  await createBudgetLine(consortium, { partnerId: project.partnerAId, periodId: firstPeriod, amount: "12000.50" });
  await createBudgetLine(consortium, { partnerId: project.partnerBId, periodId: firstPeriod, amount: "8000.00" });
  const report = await createPartnerReport(consortium, partnerA, project.partnerAId, { submitted: true });
  await createExpenditureItem(report.id, { amount: "1234.56", description: '=HYPERLINK("http://x","y")' });
  await createPayment(consortium, { plannedDate: "2026-06-30", amount: "5000.00", received: true });
  await createDeliverable(consortium, { number: "D1.1", responsiblePartnerId: project.partnerAId, dueMonth: 3 });
});

describe("the budget workbook", () => {
  it("holds money as numbers, dates as dates and every partner for the lead, with the payments", async () => {
    const { workbook } = await workbookFor(consortium.lead, "data=budget&format=xlsx");
    expect(workbook!.worksheets.map((sheet) => sheet.name)).toEqual([
      "By partner and period",
      "By cost category",
      "Budget lines",
      "Expenditure",
      "Payments",
    ]);
    const lines = workbook!.getWorksheet("Budget lines")!;
    expect(lines.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(lines.autoFilter).toBeTruthy();
    const amounts = column(lines, "Amount");
    expect(amounts.map((cell) => cell.value).sort()).toEqual([12000.5, 8000]);
    expect(amounts[0]!.numFmt).toBe('#,##0.00 "EUR"');
    expect(new Set(column(lines, "Partner").map((cell) => cell.value)).size).toBe(2);

    const expenditure = workbook!.getWorksheet("Expenditure")!;
    const [description] = column(expenditure, "Description");
    expect(description!.type).toBe(ExcelJS.ValueType.String);
    expect(description!.value).toBe('=HYPERLINK("http://x","y")');
    expect(column(expenditure, "Converted")[0]!.value).toBe(1234.56);
    expect(column(expenditure, "Invoice date")[0]!.value).toBeInstanceOf(Date);

    const payments = workbook!.getWorksheet("Payments")!;
    expect(column(payments, "Planned date")[0]!.value).toEqual(new Date("2026-06-30T00:00:00Z"));
    expect(column(payments, "Received amount")[0]!.value).toBe(5000);
  });

  it("holds only a partner's own organisation, and no payments", async () => {
    const { workbook } = await workbookFor(consortium.partnerB, "data=budget&format=xlsx");
    expect(workbook!.worksheets.map((sheet) => sheet.name)).not.toContain("Payments");
    expect(workbook!.getWorksheet("Expenditure")).toBeUndefined();
    const partners = column(workbook!.getWorksheet("Budget lines")!, "Partner").map((cell) => cell.value);
    expect(partners).toHaveLength(1);
    expect(column(workbook!.getWorksheet("Budget lines")!, "Amount")[0]!.value).toBe(8000);
  });

  it("refuses the payments workbook to a partner and every budget workbook to a viewer", async () => {
    expect((await workbookFor(consortium.partnerA, "data=payments&format=xlsx")).status).toBe(404);
    expect((await workbookFor(consortium.viewer, "data=budget&format=xlsx")).status).toBe(404);
    expect((await workbookFor(consortium.lead, "data=nothing&format=xlsx")).status).toBe(400);
  });
});

describe("the deliverables register and the history", () => {
  it("lists the deliverables with their due dates as dates", async () => {
    const { workbook } = await workbookFor(consortium.viewer, "data=deliverables&format=xlsx");
    const sheet = workbook!.getWorksheet("Deliverables")!;
    expect(column(sheet, "Number").map((cell) => cell.value)).toEqual(["D1.1"]);
    expect(column(sheet, "Due month")[0]!.value).toBe(3);
    expect(column(sheet, "Due date")[0]!.value).toBeInstanceOf(Date);
  });

  it("writes the timeline with months as numbers and dates as dates", async () => {
    const { workbook } = await workbookFor(consortium.viewer, "data=timeline&format=xlsx");
    const sheet = workbook!.getWorksheet("Timeline")!;
    const items = column(sheet, "Item").map((cell) => String(cell.value));
    expect(items.some((item) => item.startsWith("D1.1"))).toBe(true);
    expect(typeof column(sheet, "End month")[0]!.value).toBe("number");
    expect(column(sheet, "End date")[0]!.value).toBeInstanceOf(Date);
  });

  it("writes the history in words, with its times as dates", async () => {
    const { workbook } = await workbookFor(consortium.lead, "format=xlsx", true);
    const sheet = workbook!.getWorksheet("Changes")!;
    expect(column(sheet, "What changed").map((cell) => cell.value)).toContain("Created deliverable D1.1");
    expect(column(sheet, "Time (UTC)")[0]!.value).toBeInstanceOf(Date);
  });
});
