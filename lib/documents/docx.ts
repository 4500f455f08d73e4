import "server-only";
import { Readable } from "node:stream";
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { Block, TableBlock } from "./blocks";

/** A4 in twentieths of a point, with 2 cm margins. */
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1134;
const TEXT_WIDTH = A4.width - 2 * MARGIN;

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/**
 * The blocks as a Word document: Title and Heading styles, real tables whose header row repeats on every page, and
 * page numbers in the footer ("Page 2 of 9", worded by `pageLabel` with {page} and {pages} in it). A reader restyles
 * it through Word's own styles. A stream: the caller sends it as it is written.
 */
export function toDocx(blocks: Block[], { title, pageLabel }: { title: string; pageLabel: string }): Readable {
  const document = new Document({
    title,
    creator: "Consortia",
    styles: { default: { document: { run: { font: "Calibri", size: 20 } } } },
    sections: [
      {
        properties: { page: { size: A4, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
        footers: {
          default: new Footer({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [pageNumbers(pageLabel)] })],
          }),
        },
        children: blocks.flatMap(toElements),
      },
    ],
  });
  // docx gives an old-style stream: wrapped, it reads like any other.
  return new Readable().wrap(Packer.toStream(document) as unknown as NodeJS.ReadableStream);
}

function toElements(block: Block): (Paragraph | Table)[] {
  switch (block.kind) {
    case "title":
      return [
        new Paragraph({ heading: HeadingLevel.TITLE, text: block.text }),
        ...(block.subtitle ? [new Paragraph({ heading: HeadingLevel.HEADING_2, text: block.subtitle })] : []),
      ];
    case "heading":
      return [new Paragraph({ heading: HEADINGS[block.level], text: block.text })];
    case "paragraph":
      return block.text
        .split(/\n{2,}/)
        .map((text) => new Paragraph({ children: lines(text), spacing: { after: 120 } }));
    case "table":
      return [toTable(block.table), new Paragraph({ text: "" })];
  }
}

/** Line breaks within a paragraph kept as breaks. */
const lines = (text: string) =>
  text.split("\n").map((line, index) => new TextRun({ text: line, break: index ? 1 : 0 }));

function toTable(table: TableBlock): Table {
  const total = table.widths.reduce((sum, width) => sum + width, 0);
  const widths = table.widths.map((width) => Math.floor((width / total) * TEXT_WIDTH));
  const cell = (text: string, index: number, isHeader: boolean) =>
    new TableCell({
      width: { size: widths[index]!, type: WidthType.DXA },
      children: [
        new Paragraph({
          alignment: table.numeric?.[index] && !isHeader ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [
            new TextRun({
              text,
              bold: isHeader,
              size: 18,
              font: table.monospace?.[index] && !isHeader ? "Consolas" : undefined,
            }),
          ],
        }),
      ],
    });
  const header = table.headers.length
    ? [new TableRow({ tableHeader: true, children: table.headers.map((text, index) => cell(text, index, true)) })]
    : [];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      ...header,
      ...table.rows.map((row) => new TableRow({ children: row.map((text, index) => cell(text, index, false)) })),
    ],
  });
}

/** "Page {page} of {pages}" with Word's own page fields in place of the placeholders. */
function pageNumbers(pageLabel: string): TextRun {
  const parts = pageLabel.split(/(\{page\}|\{pages\})/).filter(Boolean);
  return new TextRun({
    size: 16,
    children: parts.map((part) =>
      part === "{page}" ? PageNumber.CURRENT : part === "{pages}" ? PageNumber.TOTAL_PAGES : part,
    ),
  });
}
