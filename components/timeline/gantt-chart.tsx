import { useTranslations } from "next-intl";
import { formatDate } from "@/lib/format/display";
import { projectMonthAt, projectMonthEnd, projectMonthStart } from "@/lib/format/project-months";
import type { GanttRow } from "@/lib/format/timeline-rows";
import { ChartMark, ChartSvg } from "@/components/ui/chart";
import { useDisplay } from "@/lib/i18n/use-display";
import type { TimelineScale } from "@/lib/validation/timeline";

const COLOURS: Record<GanttRow["tone"], string> = {
  period: "#94a3b8",
  workPackage: "#1d5fb8",
  deliverable: "#b45309",
  deliverableDone: "#15803d",
  milestone: "#7c3aed",
  late: "#b91c1c",
};

const LABEL_WIDTH = 300;
const ROW_HEIGHT = 22;
const GROUP_HEIGHT = 26;
const AXIS_HEIGHT = 34;

/** When a project month (or a range) falls, in the chosen scale. */
export function describeSpan(
  start: Date,
  from: number,
  to: number,
  isPoint: boolean | undefined,
  scale: TimelineScale,
  date: (value: Date) => string = formatDate,
): string {
  if (scale === "months") return isPoint ? `M${to}` : `M${from}–M${to}`;
  return isPoint
    ? date(projectMonthEnd(start, to))
    : `${date(projectMonthStart(start, from))} – ${date(projectMonthEnd(start, to))}`;
}

/**
 * A Gantt chart drawn on the server as SVG: one row per item with its text, a title on every bar, today's
 * line, and an axis in project months or calendar months. It grows with the plan rather than shrinking it.
 */
export function GanttChart({
  start,
  durationMonths,
  rows,
  scale,
  today,
  title,
}: {
  start: Date;
  durationMonths: number;
  rows: GanttRow[];
  scale: TimelineScale;
  today: Date;
  title: string;
}) {
  const t = useTranslations("Timeline");
  const display = useDisplay();
  const monthWidth = Math.max(14, Math.min(48, Math.floor(960 / durationMonths)));
  const width = LABEL_WIDTH + durationMonths * monthWidth + 16;
  const { layout, bottom } = layOut(rows);
  const height = bottom + 8;
  const x = (month: number) => LABEL_WIDTH + (month - 1) * monthWidth;
  const tickEvery = durationMonths <= 24 ? 1 : durationMonths <= 48 ? 3 : 6;
  const todayMonth = projectMonthAt(start, today);
  const todayFraction =
    (today.getUTCDate() - 1) / new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 0)).getUTCDate();
  const todayX = x(todayMonth + todayFraction);
  const showToday = todayMonth >= 1 && todayMonth <= durationMonths;

  return (
    <div className="overflow-x-auto rounded-md border border-slate-200 bg-white">
      <ChartSvg width={width} height={height} label={title}>
        {Array.from({ length: durationMonths }, (_, index) => index + 1).map((month) => (
          <g key={month}>
            <rect
              x={x(month)}
              y={AXIS_HEIGHT}
              width={monthWidth}
              height={height - AXIS_HEIGHT}
              fill={month % 2 ? "#f8fafc" : "#ffffff"}
            />
            {(month - 1) % tickEvery === 0 ? (
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
                    <path
                      d={`M ${x(row.to) + monthWidth / 2} ${centre - 7} l 7 7 l -7 7 l -7 -7 z`}
                      fill={COLOURS[row.tone]}
                      stroke="#0f172a"
                      strokeWidth={0.5}
                    />
                  ) : (
                    <rect
                      x={x(row.from) + 1}
                      y={rowY + 4}
                      width={(row.to - row.from + 1) * monthWidth - 2}
                      height={ROW_HEIGHT - 8}
                      rx={3}
                      fill={COLOURS[row.tone]}
                    />
                  )}
                  {row.tone === "late" && row.isPoint ? (
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
          <ChartMark label={t("today", { date: display.date(today), month: todayMonth })}>
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
              {t("todayShort")}
            </text>
          </ChartMark>
        ) : null}
      </ChartSvg>
    </div>
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
