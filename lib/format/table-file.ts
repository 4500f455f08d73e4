import "server-only";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";

/**
 * A spreadsheet a person uploads, XLSX or CSV, read as a header and rows of plain values: what the file holds,
 * not how it is formatted. Line numbers are those a person sees in the spreadsheet or the text editor.
 */

export type TableCell = string | number | Date | null;
export type TableRow = { line: number; cells: TableCell[] };
export type Table = { header: string[]; rows: TableRow[] };

/** Why a file could not be read at all. */
export type UnreadableTable = { unreadable: "empty" | "notTable" | "tooManyRows"; line?: number };

/** XLSX files are ZIP archives: they start with the ZIP signature. */
const isZip = (content: Buffer) =>
  content.length > 4 && content[0] === 0x50 && content[1] === 0x4b && content[2] === 0x03 && content[3] === 0x04;

export async function readTable(content: Buffer, maxRows: number): Promise<Table | UnreadableTable> {
  if (content.length === 0) return { unreadable: "empty" };
  const table = isZip(content) ? await readXlsx(content) : readCsvText(content);
  if ("unreadable" in table) return table;
  if (table.header.every((name) => !name)) return { unreadable: "empty" };
  if (table.rows.length > maxRows) return { unreadable: "tooManyRows" };
  return table;
}

async function readXlsx(content: Buffer): Promise<Table | UnreadableTable> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    return { unreadable: "notTable" };
  }
  // The first sheet holds the table; a template's other sheets hold lists and instructions.
  const sheet = workbook.worksheets[0];
  if (!sheet) return { unreadable: "empty" };
  const rows: TableRow[] = [];
  let header: string[] | null = null;
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: TableCell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = plainValue(cell.value);
    });
    const filled = Array.from(cells, (cell) => cell ?? null);
    if (filled.every((cell) => cell === null || cell === "")) return;
    if (!header) header = filled.map((cell) => (cell === null ? "" : String(cell).trim()));
    else rows.push({ line, cells: filled });
  });
  return header ? { header, rows } : { unreadable: "empty" };
}

/** A cell's value as the person sees it: a formula's result, a link's or rich text's text. */
function plainValue(value: ExcelJS.CellValue): TableCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || value instanceof Date) return value;
  if (typeof value === "boolean") return String(value);
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("formula" in value || "sharedFormula" in value) {
    const result = (value as { result?: unknown }).result;
    return typeof result === "string" || typeof result === "number" || result instanceof Date ? result : null;
  }
  if ("text" in value) return typeof value.text === "string" ? value.text : null;
  return null;
}

/**
 * CSV as spreadsheets save it: UTF-8 (with or without a byte order mark), separated by commas, semicolons (where
 * the decimal separator is a comma) or tabs, whichever the header line uses.
 */
function readCsvText(content: Buffer): Table | UnreadableTable {
  const text = content.toString("utf8");
  if (text.includes("\u0000") || text.includes("\ufffd")) return { unreadable: "notTable" };
  const firstLine = text.replace(/^\ufeff/, "").split(/\r?\n/, 1)[0] ?? "";
  const delimiter = ([";", "\t", ","] as const)
    .map((candidate) => ({ candidate, count: firstLine.split(candidate).length }))
    .sort((a, b) => b.count - a.count)[0]!.candidate;
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter,
      bom: true,
      trim: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      relax_column_count: true,
      info: true,
    }) as unknown as typeof records;
  } catch (error) {
    return { unreadable: "notTable", line: (error as { lines?: number }).lines };
  }
  const [first, ...rest] = records;
  if (!first) return { unreadable: "empty" };
  return {
    header: first.record,
    rows: rest.map(({ record, info }) => ({ line: info.lines, cells: record.map((cell) => cell || null) })),
  };
}

/** A header name compared loosely: case, accents, spaces and punctuation aside ("Invoice date" = "invoice_date"). */
export const looseName = (name: string) =>
  name
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");

/**
 * Where each wanted column is in the header, by any of its names; the first name that matches wins. Columns not
 * found are left out.
 */
export function findColumns<Key extends string>(
  header: string[],
  names: Record<Key, string[]>,
): Partial<Record<Key, number>> {
  const loose = header.map(looseName);
  const found: Partial<Record<Key, number>> = {};
  for (const key of Object.keys(names) as Key[]) {
    for (const name of names[key]) {
      const index = loose.indexOf(looseName(name));
      if (index >= 0) {
        found[key] = index;
        break;
      }
    }
  }
  return found;
}
