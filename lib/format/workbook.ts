import "server-only";
import ExcelJS from "exceljs";

/**
 * XLSX workbooks of the exports, made to be worked with: money as numbers in the project's currency format, dates as
 * dates, the header row frozen and filtered, columns wide enough to read. Text is always written as a text cell, so a
 * value such as "=HYPERLINK(…)" stays text: a workbook never holds a formula.
 */

/** Money is in the project's currency; an amount in the currency of its own row; a rate has six decimals. */
export type ColumnKind = "text" | "number" | "money" | "amount" | "rate" | "date" | "dateTime";
export type SheetColumn = { header: string; kind: ColumnKind; width?: number };
export type SheetValue = string | number | Date | { toFixed(decimals: number): string } | null | undefined;
export type SheetSpec = { name: string; columns: SheetColumn[]; rows: SheetValue[][] };

const WIDTHS: Record<ColumnKind, number> = {
  text: 24,
  number: 10,
  money: 16,
  amount: 16,
  rate: 14,
  date: 12,
  dateTime: 18,
};
const FORMATS: Partial<Record<ColumnKind, string>> = {
  amount: "#,##0.00",
  rate: "0.000000",
  date: "yyyy-mm-dd",
  dateTime: "yyyy-mm-dd hh:mm",
};

/** Sheet names: at most 31 characters, without the characters Excel refuses ("History" it reserves too). */
const sheetName = (name: string) => name.replace(/[[\]:*?/\\]/g, " ").slice(0, 31);

/** `currency` names the format of the money columns; a workbook without money needs none. */
export async function workbookOf(sheets: SheetSpec[], currency?: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Consortia";
  const moneyFormat = currency ? `#,##0.00 "${currency.replace(/"/g, "")}"` : "#,##0.00";
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(sheetName(spec.name), { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.columns = spec.columns.map((column) => ({
      header: column.header,
      width: column.width ?? WIDTHS[column.kind],
      style:
        column.kind === "money"
          ? { numFmt: moneyFormat }
          : FORMATS[column.kind]
            ? { numFmt: FORMATS[column.kind] }
            : {},
    }));
    sheet.getRow(1).font = { bold: true };
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: Math.max(spec.columns.length, 1) } };
    for (const values of spec.rows) {
      sheet.addRow(values.map((value, index) => cellValue(value, spec.columns[index]?.kind ?? "text")));
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function cellValue(value: SheetValue, kind: ColumnKind): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (kind === "money" || kind === "amount") return typeof value === "number" ? value : Number(toText(value, 2));
  if (kind === "rate") return typeof value === "number" ? value : Number(toText(value, 6));
  if (kind === "number") return typeof value === "number" ? value : Number(toText(value, 2));
  if ((kind === "date" || kind === "dateTime") && value instanceof Date) return value;
  // A string is a text cell whatever it starts with; anything else is written as its text.
  return typeof value === "string" ? value : toText(value);
}

const toText = (value: Exclude<SheetValue, null | undefined>, decimals = 2): string =>
  value instanceof Date ? value.toISOString() : typeof value === "object" ? value.toFixed(decimals) : String(value);
