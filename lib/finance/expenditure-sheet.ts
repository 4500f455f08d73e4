import "server-only";
import ExcelJS from "exceljs";
import { CostCategory } from "@/generated/prisma/enums";
import { findColumns, looseName, type TableCell, type TableRow } from "@/lib/format/table-file";
import en from "@/messages/en.json";
import ro from "@/messages/ro.json";

/**
 * The spreadsheet partners keep their expenditure in: the template they download and the columns an import reads.
 * Columns are found by their names in either language, so a template downloaded in Romanian imports for an English
 * reader, and a partner's own sheet needs only the right headers.
 */

export const ITEM_COLUMNS = [
  "category",
  "description",
  "supplier",
  "invoiceNumber",
  "invoiceDate",
  "paymentDate",
  "amount",
  "currency",
] as const;
export type ItemColumn = (typeof ITEM_COLUMNS)[number];

/** Columns a file must have; the others may be left out (the currency then is the project's). */
export const REQUIRED_ITEM_COLUMNS: ItemColumn[] = ["category", "description", "invoiceDate", "amount"];

/** An import holds at most this many items: a period's accounts, not a ledger's history. */
export const MAX_IMPORT_ROWS = 1000;

const COLUMN_NAMES = Object.fromEntries(
  ITEM_COLUMNS.map((column) => [column, [en.Expenditure[column], ro.Expenditure[column], column]]),
) as Record<ItemColumn, string[]>;

export const findItemColumns = (header: string[]) => findColumns(header, COLUMN_NAMES);

/** A category cell as its code: the code itself or its name in either language; anything else as typed. */
const CATEGORY_BY_NAME = new Map(
  Object.values(CostCategory).flatMap((category) =>
    [category, en.Labels.costCategory[category], ro.Labels.costCategory[category]].map(
      (name) => [looseName(name), category] as const,
    ),
  ),
);

/** A row's cells as the fields of the expenditure form, as text the form's schema reads. */
export function itemFieldsOf(
  row: TableRow,
  columns: Partial<Record<ItemColumn, number>>,
  projectCurrency: string,
): Record<ItemColumn, string> {
  const cell = (column: ItemColumn): TableCell => {
    const index = columns[column];
    return index === undefined ? null : (row.cells[index] ?? null);
  };
  const text = (column: ItemColumn) => {
    const value = cell(column);
    return value === null ? "" : value instanceof Date ? value.toISOString().slice(0, 10) : String(value).trim();
  };
  const category = text("category");
  return {
    category: CATEGORY_BY_NAME.get(looseName(category)) ?? category,
    description: text("description"),
    supplier: text("supplier"),
    invoiceNumber: text("invoiceNumber"),
    invoiceDate: dateText(cell("invoiceDate")),
    paymentDate: dateText(cell("paymentDate")),
    amount: amountText(cell("amount")),
    currency: text("currency") || projectCurrency,
  };
}

/**
 * A date cell as yyyy-mm-dd: spreadsheets give date cells as dates; text is taken as written in the form
 * 2026-03-01 or 01.03.2026 (and 01/03/2026), day first as in Europe.
 */
function dateText(value: TableCell): string {
  if (value === null) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  const written = String(value).trim();
  const dayFirst = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(written);
  if (dayFirst) return `${dayFirst[3]}-${dayFirst[2]!.padStart(2, "0")}-${dayFirst[1]!.padStart(2, "0")}`;
  return written;
}

/**
 * A number cell with at most two decimals as plain text ("1234.50"). One with more is written with a middle dot,
 * which the schema refuses as it should: with a point, "1.234" would read as thousands where a point groups them.
 */
function amountText(value: TableCell): string {
  if (value === null) return "";
  if (typeof value !== "number") return String(value).trim();
  return Math.round(value * 100) === value * 100 ? value.toFixed(2) : String(value).replace(".", "·");
}

/** What the template says, in the reader's language. */
export type TemplateWords = {
  sheet: string;
  listsSheet: string;
  instructionsSheet: string;
  headers: Record<ItemColumn, string>;
  categories: { code: CostCategory; label: string }[];
  instructions: string[];
};

const TEMPLATE_ROWS = 500;

/**
 * An empty expenditure sheet: the header frozen and filtered, the category picked from the project's categories,
 * dates and amounts formatted as such, and the instructions on a sheet of their own.
 */
export async function expenditureTemplate(words: TemplateWords): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Consortia";
  const sheet = workbook.addWorksheet(words.sheet, { views: [{ state: "frozen", ySplit: 1 }] });
  const widths: Record<ItemColumn, number> = {
    category: 34,
    description: 48,
    supplier: 30,
    invoiceNumber: 18,
    invoiceDate: 14,
    paymentDate: 14,
    amount: 16,
    currency: 10,
  };
  sheet.columns = ITEM_COLUMNS.map((column) => ({
    header: words.headers[column],
    key: column,
    width: widths[column],
    style:
      column === "invoiceDate" || column === "paymentDate"
        ? { numFmt: "yyyy-mm-dd" }
        : column === "amount"
          ? { numFmt: "#,##0.00" }
          : { numFmt: "@" },
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: ITEM_COLUMNS.length } };

  const lists = workbook.addWorksheet(words.listsSheet, { state: "hidden" });
  words.categories.forEach((category, index) => {
    lists.getCell(index + 1, 1).value = category.label;
  });
  const categoryList = `'${words.listsSheet.replace(/'/g, "''")}'!$A$1:$A$${Math.max(words.categories.length, 1)}`;
  for (let line = 2; line <= TEMPLATE_ROWS + 1; line += 1) {
    sheet.getCell(line, 1).dataValidation = { type: "list", allowBlank: true, formulae: [categoryList] };
  }

  const instructions = workbook.addWorksheet(words.instructionsSheet);
  instructions.getColumn(1).width = 110;
  words.instructions.forEach((line, index) => {
    instructions.getCell(index + 1, 1).value = line;
  });
  instructions.getCell(1, 1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
