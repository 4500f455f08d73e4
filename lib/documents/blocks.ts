/**
 * A document as a sequence of blocks, written once and rendered both as DOCX (real Word headings and tables that a
 * reader can restyle) and as PDF (A4, page numbers, tables split across pages with their header repeated).
 */

export type Block =
  | { kind: "title"; text: string; subtitle?: string }
  | { kind: "heading"; level: 1 | 2 | 3; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "table"; table: TableBlock };

export type TableBlock = {
  /** None for a table of fields and their values. */
  headers: string[];
  rows: string[][];
  /** Relative widths of the columns. */
  widths: number[];
  /** Columns aligned right (amounts). */
  numeric?: boolean[];
  /** Columns set in a fixed-width font (checksums). */
  monospace?: boolean[];
};
