import type { PaymentKind, ProjectStatus } from "@/generated/prisma/enums";
import { useTranslations } from "next-intl";
import { ChartMark, ChartSvg } from "@/components/ui/chart";
import { toTenth } from "@/lib/format/svg";
import { useDisplay } from "@/lib/i18n/use-display";
import { clip, isInWindow, positionIn, ticksOf, tickUnitOf, type TimeWindow } from "@/lib/timeline/window";

type PortfolioProject = {
  id: string;
  acronym: string;
  status: ProjectStatus;
  startDate: Date;
  endDate: Date;
  currency: string;
  payments: {
    id: string;
    kind: PaymentKind;
    plannedDate: Date;
    plannedAmount: { toFixed(digits: number): string };
    receivedDate: Date | null;
  }[];
  reportDeadlines: { id: string; dueDate: Date; period: { number: number } }[];
};

export type PortfolioGroup = {
  programme: { name: string };
  call: { identifier: string } | null;
  projects: PortfolioProject[];
};

const LABEL_WIDTH = 190;
const ROW_HEIGHT = 30;
const HEADER_HEIGHT = 28;
/** The drawing's width: scaled to the page's width, so the whole window shows without scrolling sideways. */
const WIDTH = 1200;
const PLOT_WIDTH = WIDTH - LABEL_WIDTH - 12;

/**
 * Every project as a bar in the chosen window of time, grouped by programme and call, with payments (diamonds; filled
 * once received) and report deadlines (circles). Each mark links to its page and has its text alternative; a bar
 * cut by the window's edge ends in an arrow. The page also lists everything as text.
 */
export function PortfolioChart({
  groups,
  today,
  window,
}: {
  groups: PortfolioGroup[];
  today: Date;
  window: TimeWindow;
}) {
  const t = useTranslations("PortfolioChart");
  const labels = useTranslations("Labels");
  const display = useDisplay();
  const projects = groups.flatMap((group) => group.projects);
  if (projects.length === 0) return null;
  const x = (date: Date) => toTenth(LABEL_WIDTH + positionIn(window, date) * PLOT_WIDTH);
  const { layout, bottom } = layOut(groups);
  const height = bottom + 6;
  const unit = tickUnitOf(window);
  const ticks = ticksOf(window, unit);
  const tickLabel = (date: Date) =>
    unit === "year"
      ? String(date.getUTCFullYear())
      : unit === "quarter"
        ? t("quarter", { quarter: date.getUTCMonth() / 3 + 1, year: date.getUTCFullYear() })
        : display.monthYear(date);

  return (
    <div className="overflow-x-auto rounded-md border border-slate-200 bg-white">
      <ChartSvg width={WIDTH} height={height} label={t("title")} fitted>
        {ticks.map((tick, index) => {
          const next = ticks[index + 1] ?? window.to;
          return (
            <g key={tick.toISOString()}>
              <rect
                x={x(tick)}
                y={HEADER_HEIGHT}
                width={toTenth(x(next) - x(tick))}
                height={height - HEADER_HEIGHT}
                fill={index % 2 ? "#f8fafc" : "#ffffff"}
              />
              <text x={toTenth(x(tick) + 4)} y={18} fill="#334155" fontWeight={600}>
                {tickLabel(tick)}
              </text>
            </g>
          );
        })}
        {layout.map(({ group, top, rows }) => (
          <g key={`${group.programme.name}-${group.call?.identifier ?? "none"}`}>
            <text x={6} y={top + 15} fontWeight={700} fill="#0f172a">
              {group.programme.name}
              {group.call ? ` · ${group.call.identifier}` : ""}
            </text>
            {rows.map(({ project, y: rowY }) => {
              const label = t("project", {
                acronym: project.acronym,
                status: labels(`projectStatus.${project.status}`).toLowerCase(),
                start: display.date(project.startDate),
                end: display.date(project.endDate),
              });
              const bar = clip({ from: project.startDate, to: project.endDate }, window);
              return (
                <g key={project.id}>
                  <a href={`/projects/${project.id}`}>
                    <ChartMark label={label}>
                      <text x={12} y={rowY + 19} fill="#0f172a" textDecoration="underline">
                        {project.acronym}
                      </text>
                      {bar ? (
                        <>
                          <rect
                            x={x(bar.from)}
                            y={rowY + 8}
                            width={Math.max(4, toTenth(x(bar.to) - x(bar.from)))}
                            height={14}
                            rx={bar.startsBefore || bar.endsAfter ? 0 : 3}
                            fill="#1d5fb8"
                            opacity={0.85}
                          />
                          {/* A bar cut by the window points on beyond it. */}
                          {bar.startsBefore ? (
                            <path d={`M ${x(bar.from)} ${rowY + 5} l -7 10 l 7 10 z`} fill="#1d5fb8" />
                          ) : null}
                          {bar.endsAfter ? (
                            <path d={`M ${x(bar.to)} ${rowY + 5} l 7 10 l -7 10 z`} fill="#1d5fb8" />
                          ) : null}
                        </>
                      ) : null}
                    </ChartMark>
                  </a>
                  {project.reportDeadlines
                    .filter((deadline) => isInWindow(window, deadline.dueDate))
                    .map((deadline) => {
                      const text = t("deadline", {
                        acronym: project.acronym,
                        period: `P${deadline.period.number}`,
                        date: display.date(deadline.dueDate),
                      });
                      return (
                        <a key={deadline.id} href={`/projects/${project.id}/reports`}>
                          <ChartMark label={text}>
                            <circle
                              cx={x(deadline.dueDate)}
                              cy={rowY + 4}
                              r={3.5}
                              fill="#ffffff"
                              stroke="#b45309"
                              strokeWidth={1.5}
                            />
                          </ChartMark>
                        </a>
                      );
                    })}
                  {project.payments
                    .filter((payment) => isInWindow(window, payment.receivedDate ?? payment.plannedDate))
                    .map((payment) => {
                      const text = t("payment", {
                        acronym: project.acronym,
                        kind: labels(`paymentKind.${payment.kind}`).toLowerCase(),
                        amount: display.money(payment.plannedAmount.toFixed(2), project.currency),
                        planned: display.date(payment.plannedDate),
                        received: payment.receivedDate
                          ? t("received", { date: display.date(payment.receivedDate) })
                          : t("notReceived"),
                      });
                      const cx = x(payment.receivedDate ?? payment.plannedDate);
                      return (
                        <a key={payment.id} href={`/projects/${project.id}/budget#payments-heading`}>
                          <ChartMark label={text}>
                            <path
                              d={`M ${cx} ${rowY + 20} l 5 5 l -5 5 l -5 -5 z`}
                              fill={payment.receivedDate ? "#15803d" : "#ffffff"}
                              stroke="#15803d"
                              strokeWidth={1.5}
                            />
                          </ChartMark>
                        </a>
                      );
                    })}
                </g>
              );
            })}
          </g>
        ))}
        {isInWindow(window, today) ? (
          <ChartMark label={t("today", { date: display.date(today) })}>
            <line
              x1={x(today)}
              x2={x(today)}
              y1={HEADER_HEIGHT - 6}
              y2={height}
              stroke="#dc2626"
              strokeWidth={2}
              strokeDasharray="4 3"
            />
          </ChartMark>
        ) : null}
      </ChartSvg>
    </div>
  );
}

/** Vertical positions: a heading per programme and call, a row per project. */
function layOut(groups: PortfolioGroup[]) {
  let y = HEADER_HEIGHT;
  const layout = [];
  for (const group of groups) {
    const top = y;
    y += 22;
    const rows = [];
    for (const project of group.projects) {
      rows.push({ project, y });
      y += ROW_HEIGHT;
    }
    layout.push({ group, top, rows });
  }
  return { layout, bottom: y };
}
