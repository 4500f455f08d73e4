import "server-only";
import path from "node:path";
import type { Readable } from "node:stream";
import PDFDocument from "pdfkit";
import type { Block, TableBlock } from "./blocks";

/**
 * DejaVu, embedded: PDF's built-in fonts cannot draw Romanian ș and ț (nor the Cyrillic and Greek of partners'
 * names). Read from the package on disk, where the app and the tests both run from the repository.
 */
const FONTS = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
export const REGULAR = "DejaVu";
export const BOLD = "DejaVu-Bold";
const MONO = "DejaVu-Mono";

const MARGIN = 50;
const CELL_PADDING = 3;
const TABLE_FONT_SIZE = 7.5;
const HEADING_SIZES = { 1: 14, 2: 12, 3: 10 } as const;

/**
 * The blocks as an A4 PDF, drawn on the server: headings kept with what follows them, tables split across pages
 * with their header row repeated, and "Page n of m" at the foot of every page (`pageLabel` with {page} and {pages}).
 * A stream: the caller sends it as it is written.
 */
export function toPdf(blocks: Block[], { title, pageLabel }: { title: string; pageLabel: string }): Readable {
  const doc = newPdf(title, "portrait");
  for (const block of blocks) draw(doc, block);
  numberPages(doc, pageLabel);
  doc.end();
  return doc;
}

export type Doc = InstanceType<typeof PDFDocument>;

/** An A4 document with the fonts registered and its pages kept until numbered. */
export function newPdf(title: string, layout: "portrait" | "landscape"): Doc {
  const doc = new PDFDocument({
    size: "A4",
    layout,
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    info: { Title: title, Creator: "Consortia" },
  });
  doc.registerFont(REGULAR, path.join(FONTS, "DejaVuSans.ttf"));
  doc.registerFont(BOLD, path.join(FONTS, "DejaVuSans-Bold.ttf"));
  doc.registerFont(MONO, path.join(FONTS, "DejaVuSansMono.ttf"));
  doc.font(REGULAR).fontSize(10);
  return doc;
}

const left = (doc: Doc) => doc.page.margins.left;
const textWidth = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const bottom = (doc: Doc) => doc.page.height - doc.page.margins.bottom;

/** A new page unless `height` still fits on this one. */
function keepRoom(doc: Doc, height: number) {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

function draw(doc: Doc, block: Block) {
  switch (block.kind) {
    case "title":
      doc
        .font(BOLD)
        .fontSize(18)
        .text(block.text, left(doc), doc.y, { width: textWidth(doc) });
      if (block.subtitle) doc.moveDown(0.3).font(REGULAR).fontSize(12).text(block.subtitle);
      doc.moveDown(1);
      return;
    case "heading":
      // A heading at the foot of a page, without what it introduces, moves to the next.
      keepRoom(doc, HEADING_SIZES[block.level] * 5);
      doc.moveDown(block.level === 1 ? 0.8 : 0.4);
      doc
        .font(BOLD)
        .fontSize(HEADING_SIZES[block.level])
        .text(block.text, left(doc), doc.y, { width: textWidth(doc) });
      doc.moveDown(0.3);
      return;
    case "paragraph":
      doc
        .font(REGULAR)
        .fontSize(10)
        .text(block.text, left(doc), doc.y, { width: textWidth(doc) });
      doc.moveDown(0.5);
      return;
    case "table":
      drawTable(doc, block.table);
      doc.moveDown(0.8);
      return;
  }
}

function drawTable(doc: Doc, table: TableBlock) {
  const total = table.widths.reduce((sum, width) => sum + width, 0);
  const widths = table.widths.map((width) => (width / total) * textWidth(doc));
  const fontOf = (index: number, isHeader: boolean) => (isHeader ? BOLD : table.monospace?.[index] ? MONO : REGULAR);
  const heightOf = (cells: string[], isHeader: boolean) =>
    Math.max(
      ...cells.map((text, index) => {
        doc.font(fontOf(index, isHeader)).fontSize(TABLE_FONT_SIZE);
        return doc.heightOfString(text || " ", { width: widths[index]! - 2 * CELL_PADDING });
      }),
    ) +
    2 * CELL_PADDING;
  const drawRow = (cells: string[], isHeader: boolean) => {
    const height = heightOf(cells, isHeader);
    const top = doc.y;
    let x = left(doc);
    if (isHeader) doc.rect(x, top, textWidth(doc), height).fill("#e2e8f0").fillColor("black");
    cells.forEach((text, index) => {
      doc
        .font(fontOf(index, isHeader))
        .fontSize(TABLE_FONT_SIZE)
        .text(text, x + CELL_PADDING, top + CELL_PADDING, {
          width: widths[index]! - 2 * CELL_PADDING,
          align: table.numeric?.[index] && !isHeader ? "right" : "left",
          lineBreak: true,
        });
      x += widths[index]!;
    });
    doc.lineWidth(0.4).strokeColor("#94a3b8").rect(left(doc), top, textWidth(doc), height).stroke();
    doc.x = left(doc);
    doc.y = top + height;
  };
  const hasHeader = table.headers.length > 0;
  const headerHeight = hasHeader ? heightOf(table.headers, true) : 0;
  keepRoom(doc, headerHeight + (table.rows[0] ? heightOf(table.rows[0], false) : 0));
  if (hasHeader) drawRow(table.headers, true);
  for (const row of table.rows) {
    if (doc.y + heightOf(row, false) > bottom(doc)) {
      doc.addPage();
      if (hasHeader) drawRow(table.headers, true);
    }
    drawRow(row, false);
  }
}

/** "Page n of m" at the foot of every page, once all are drawn. */
export function numberPages(doc: Doc, pageLabel: string) {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index += 1) {
    doc.switchToPage(index);
    // Written in the bottom margin: without it, pdfkit would start a new page for the footer.
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font(REGULAR)
      .fontSize(8)
      .fillColor("#475569")
      .text(
        pageLabel.replace("{page}", String(index + 1)).replace("{pages}", String(count)),
        left(doc),
        doc.page.height - margin / 2 - 4,
        { width: textWidth(doc), align: "center" },
      );
    doc.page.margins.bottom = margin;
  }
}
