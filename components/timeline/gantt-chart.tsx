"use client";

import { projectMonthAt, projectMonthStart } from "@/lib/format/project-months";
import { describeSpan, GANTT_COLOURS as COLOURS, type GanttRow } from "@/lib/format/timeline-rows";
import { ChartMark, ChartSvg } from "@/components/ui/chart";
import { useDisplay } from "@/lib/i18n/use-display";
import type { MonthWindow } from "@/lib/timeline/window";
import type { TimelineScale } from "@/lib/validation/timeline";

const LABEL_WIDTH = 300;
const ROW_HEIGHT = 22;
const GROUP_HEIGHT = 26;
const AXIS_HEIGHT = 34;

/**
 * A Gantt chart drawn as SVG: one row per item with its text, a title on every bar, today's line, and an axis in
 * project months or calendar months. It grows with the plan rather than shrinking it. Rendered to HTML on the server
 * like any page, but as a client component, so that the page's React payload carries its rows (a few bytes each)
 * rather than every shape of the drawing, which for a plan of a thousand items weighed a megabyte.
 */
export function GanttChart({
  start,
  durationMonths,
  rows,
  scale,
  today,
  title,
  todayWords,
  window = { first: 1, last: durationMonths },
}: {
  start: Date;
  durationMonths: number;
  rows: GanttRow[];
  scale: TimelineScale;
  today: Date;
  title: string;
  /** Today's line: its label for screen readers and the word written at its top. */
  todayWords: { label: string; short: string };
  /** The project months shown; items outside are left out of the drawing, bars across an edge are cut. */
  window?: MonthWindow;
}) {
  const display = useDisplay();
  const months = window.last - window.first + 1;
  const monthWidth = Math.max(14, Math.min(48, Math.floor(960 / months)));
  const width = LABEL_WIDTH + months * monthWidth + 16;
  const { layout, bottom } = layOut(rows);
  const height = bottom + 8;
  const x = (month: number) => LABEL_WIDTH + (month - window.first) * monthWidth;
  const inWindow = (month: number) => month >= window.first && month <= window.last;
  const tickEvery = months <= 24 ? 1 : months <= 48 ? 3 : 6;
  const todayMonth = projectMonthAt(start, today);
  const todayFraction =
    (today.getUTCDate() - 1) / new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 0)).getUTCDate();
  const todayX = x(todayMonth + todayFraction);
  const showToday = todayMonth >= 1 && todayMonth <= durationMonths && inWindow(todayMonth);

  return (
    <div className="overflow-x-auto rounded-md border border-slate-200 bg-white">
      <ChartSvg width={width} height={height} label={title}>
        {Array.from({ length: months }, (_, index) => window.first + index).map((month) => (
          <g key={month}>
            <rect
              x={x(month)}
              y={AXIS_HEIGHT}
              width={monthWidth}
              height={height - AXIS_HEIGHT}
              fill={month % 2 ? "#f8fafc" : "#ffffff"}
            />
            {(month - window.first) % tickEvery === 0 ? (
              <text x={x(month) + 2} y={scale === "months" ? 22 : 14} fill="#334155">
                {scale === "months" ? `M${month}` : display.monthYear(projectMonthStart(start, month))}
              </text>
            ) : null}
          </g>
        ))}
        {layout.map(({ group, y: groupY, items }) => (
          <g key={group}>
            <text x={6} y={groupY + 18} fontWeight={700} fill="#0f172a" className="text-[12px]">
              {group}
            </text>
            {items.map(({ row, y: rowY }) => {
              const spoken = `${row.label}${row.state ? `, ${row.state}` : ""}: ${describeSpan(start, row.from, row.to, row.isPoint, scale, display.date)}`;
              const centre = rowY + ROW_HEIGHT / 2;
              const mark = (
                <ChartMark label={spoken} title={row.detail ? `${spoken}. ${row.detail}` : undefined}>
                  <text x={12} y={centre + 4} fill="#0f172a">
                    {truncate(`${row.label}${row.state ? ` (${row.state})` : ""}`, 46)}
                  </text>
                  {row.isPoint ? (
                    inWindow(row.to) ? (
                      <path
                        d={`M ${x(row.to) + monthWidth / 2} ${centre - 7} l 7 7 l -7 7 l -7 -7 z`}
                        fill={COLOURS[row.tone]}
                        stroke="#0f172a"
                        strokeWidth={0.5}
                      />
                    ) : null
                  ) : (
                    <Bar from={row.from} to={row.to} window={window} x={x} top={rowY + 4} colour={COLOURS[row.tone]} />
                  )}
                  {row.tone === "late" && row.isPoint && inWindow(row.to) ? (
                    // Overdue is said by more than red: a ring around the diamond.
                    <circle
                      cx={x(row.to) + monthWidth / 2}
                      cy={centre}
                      r={10}
                      fill="none"
                      stroke={COLOURS.late}
                      strokeWidth={1.5}
                      strokeDasharray="2 2"
                    />
                  ) : null}
                </ChartMark>
              );
              return row.href ? (
                <a key={row.id} href={row.href}>
                  {mark}
                </a>
              ) : (
                <g key={row.id}>{mark}</g>
              );
            })}
          </g>
        ))}
        {showToday ? (
          <ChartMark label={todayWords.label}>
            <line
              x1={todayX}
              x2={todayX}
              y1={AXIS_HEIGHT - 6}
              y2={height}
              stroke="#dc2626"
              strokeWidth={2}
              strokeDasharray="4 3"
            />
            <text x={todayX + 3} y={AXIS_HEIGHT - 4} fill="#b91c1c" fontWeight={700}>
              {todayWords.short}
            </text>
          </ChartMark>
        ) : null}
      </ChartSvg>
    </div>
  );
}

/** A bar of months, cut at the window's edges with an arrow pointing on beyond them. */
function Bar({
  from,
  to,
  window,
  x,
  top,
  colour,
}: {
  from: number;
  to: number;
  window: MonthWindow;
  x: (month: number) => number;
  top: number;
  colour: string;
}) {
  if (to < window.first || from > window.last) return null;
  const first = Math.max(from, window.first);
  const last = Math.min(to, window.last);
  const height = ROW_HEIGHT - 8;
  const left = x(first) + 1;
  const right = x(last + 1) - 1;
  return (
    <>
      <rect
        x={left}
        y={top}
        width={right - left}
        height={height}
        rx={first === from && last === to ? 3 : 0}
        fill={colour}
      />
      {first > from ? (
        <path d={`M ${left} ${top - 2} l -6 ${height / 2 + 2} l 6 ${height / 2 + 2} z`} fill={colour} />
      ) : null}
      {last < to ? (
        <path d={`M ${right} ${top - 2} l 6 ${height / 2 + 2} l -6 ${height / 2 + 2} z`} fill={colour} />
      ) : null}
    </>
  );
}

function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

/** Vertical positions: a heading per group, a row per item, in the order given. */
function layOut(rows: GanttRow[]) {
  let y = AXIS_HEIGHT;
  const layout = [];
  for (const group of new Set(rows.map((row) => row.group))) {
    const groupY = y;
    y += GROUP_HEIGHT;
    const items = [];
    for (const row of rows.filter((candidate) => candidate.group === group)) {
      items.push({ row, y });
      y += ROW_HEIGHT;
    }
    layout.push({ group, y: groupY, items });
  }
  return { layout, bottom: y };
}
