import "server-only";
import type { Readable } from "node:stream";
import { GANTT_COLOURS as COLOURS, type GanttRow } from "@/lib/format/timeline-rows";
import type { MonthWindow } from "@/lib/timeline/window";
import { BOLD, newPdf, numberPages, REGULAR, type Doc } from "./pdf";

const LABEL_WIDTH = 240;
const ROW_HEIGHT = 13;
const GROUP_HEIGHT = 16;
const AXIS_HEIGHT = 18;
const LEGEND_HEIGHT = 40;

export type GanttPdfWords = {
  title: string;
  /** Project, dates, filters and window, as one line under the title. */
  subtitle: string;
  legend: string;
  pageLabel: string;
  /** The axis label of a project month: "M7", or a month and year. */
  monthLabel: (month: number) => string;
  /** Today's project month and how far into it, when it falls in the window. */
  today?: { month: number; fraction: number };
};

/**
 * The Gantt chart as shown (the same rows, window and scale) on A4 landscape pages: the axis repeated on every page,
 * overdue items in red inside a dashed ring and named so, today's line, the legend, and page numbers.
 */
export function ganttPdf(rows: GanttRow[], window: MonthWindow, words: GanttPdfWords): Readable {
  const doc = newPdf(words.title, "landscape");
  const months = window.last - window.first + 1;
  const left = doc.page.margins.left;
  const plotWidth = doc.page.width - doc.page.margins.left - doc.page.margins.right - LABEL_WIDTH;
  const monthWidth = plotWidth / months;
  const x = (month: number) => left + LABEL_WIDTH + (month - window.first) * monthWidth;
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const tickEvery = months <= 24 ? 1 : months <= 48 ? 3 : 6;

  doc.font(BOLD).fontSize(14).text(words.title, left, doc.y);
  doc.font(REGULAR).fontSize(9).fillColor("#334155").text(words.subtitle).fillColor("black");
  doc.moveDown(0.5);

  let pageTop = doc.y;
  const drawAxis = () => {
    pageTop = doc.y;
    doc.font(REGULAR).fontSize(7).fillColor("#334155");
    for (let month = window.first; month <= window.last; month += 1) {
      if ((month - window.first) % tickEvery === 0)
        doc.text(words.monthLabel(month), x(month) + 1, pageTop + 4, {
          width: monthWidth * tickEvery,
          lineBreak: false,
        });
    }
    doc.fillColor("black");
    doc.y = pageTop + AXIS_HEIGHT;
  };
  const drawToday = () => {
    if (!words.today) return;
    const todayX = x(words.today.month + words.today.fraction);
    doc
      .save()
      .moveTo(todayX, pageTop)
      .lineTo(todayX, doc.y)
      .dash(3, { space: 2 })
      .lineWidth(1.2)
      .strokeColor("#dc2626")
      .stroke()
      .restore();
  };
  const newPage = () => {
    drawToday();
    doc.addPage();
    drawAxis();
  };
  drawAxis();

  let group: string | null = null;
  for (const row of rows) {
    if (row.group !== group) {
      if (doc.y + GROUP_HEIGHT + ROW_HEIGHT > bottom()) newPage();
      group = row.group;
      const groupTop = doc.y;
      doc
        .font(BOLD)
        .fontSize(8.5)
        .text(group, left, groupTop + 5, { width: LABEL_WIDTH, lineBreak: false });
      doc.y = groupTop + GROUP_HEIGHT;
    }
    if (doc.y + ROW_HEIGHT > bottom()) newPage();
    // Drawing text moves the cursor: each row starts where the last one ended, whatever its label did.
    const top = doc.y;
    drawRow(doc, row, { left, top, x, monthWidth, window });
    doc.y = top + ROW_HEIGHT;
  }
  drawToday();
  if (doc.y + LEGEND_HEIGHT > bottom()) doc.addPage();
  doc
    .font(REGULAR)
    .fontSize(8)
    .fillColor("#334155")
    .text(words.legend, left, doc.y + 8, { width: doc.page.width - 2 * left });
  numberPages(doc, words.pageLabel);
  doc.end();
  return doc;
}

function drawRow(
  doc: Doc,
  row: GanttRow,
  {
    left,
    top,
    x,
    monthWidth,
    window,
  }: { left: number; top: number; x: (month: number) => number; monthWidth: number; window: MonthWindow },
) {
  const label = `${row.label}${row.state ? ` (${row.state})` : ""}`;
  doc
    .font(REGULAR)
    .fontSize(7)
    .fillColor("black")
    .text(label.length > 60 ? `${label.slice(0, 59)}…` : label, left + 6, top + 3, { width: 230, lineBreak: false });
  const colour = COLOURS[row.tone];
  const centre = top + ROW_HEIGHT / 2;
  if (row.isPoint) {
    if (row.to < window.first || row.to > window.last) return;
    const cx = x(row.to) + monthWidth / 2;
    doc
      .save()
      .polygon([cx, centre - 4.5], [cx + 4.5, centre], [cx, centre + 4.5], [cx - 4.5, centre])
      .fill(colour)
      .restore();
    if (row.tone === "late")
      doc
        .save()
        .circle(cx, centre, 6.5)
        .dash(1.5, { space: 1.5 })
        .lineWidth(0.8)
        .strokeColor(colour)
        .stroke()
        .restore();
    return;
  }
  if (row.to < window.first || row.from > window.last) return;
  const first = Math.max(row.from, window.first);
  const last = Math.min(row.to, window.last);
  doc
    .save()
    .rect(x(first) + 0.5, top + 3, (last - first + 1) * monthWidth - 1, ROW_HEIGHT - 6)
    .fill(colour)
    .restore();
}
