import type { PaymentKind, ProjectStatus } from "@/generated/prisma/enums";
import { useTranslations } from "next-intl";
import { ChartMark, ChartSvg } from "@/components/ui/chart";
import { useDisplay } from "@/lib/i18n/use-display";

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
const MONTH_WIDTH = 12;

const monthsBetween = (from: Date, to: Date) =>
  (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth();

/**
 * Every project as a bar on a calendar axis, grouped by programme and call, with payments (diamonds; filled
 * once received) and report deadlines (circles). Titles carry the details; the page also lists them as text.
 */
export function PortfolioChart({ groups, today }: { groups: PortfolioGroup[]; today: Date }) {
  const t = useTranslations("PortfolioChart");
  const labels = useTranslations("Labels");
  const display = useDisplay();
  const projects = groups.flatMap((group) => group.projects);
  if (projects.length === 0) return null;
  const first = new Date(Date.UTC(Math.min(...projects.map((project) => project.startDate.getUTCFullYear())), 0, 1));
  const lastYear = Math.max(
    ...projects.map((project) => project.endDate.getUTCFullYear()),
    ...projects.flatMap((project) => project.payments.map((payment) => payment.plannedDate.getUTCFullYear())),
  );
  const months = (lastYear - first.getUTCFullYear() + 1) * 12;
  const width = LABEL_WIDTH + months * MONTH_WIDTH + 10;
  const x = (date: Date) => LABEL_WIDTH + (monthsBetween(first, date) + (date.getUTCDate() - 1) / 31) * MONTH_WIDTH;
  const { layout, bottom } = layOut(groups);
  const height = bottom + 6;
  const years = Array.from(
    { length: lastYear - first.getUTCFullYear() + 1 },
    (_, index) => first.getUTCFullYear() + index,
  );

  return (
    <div className="overflow-x-auto rounded-md border border-slate-200 bg-white">
      <ChartSvg width={width} height={height} label={t("title")}>
        {years.map((year, index) => (
          <g key={year}>
            <rect
              x={LABEL_WIDTH + index * 12 * MONTH_WIDTH}
              y={HEADER_HEIGHT}
              width={12 * MONTH_WIDTH}
              height={height - HEADER_HEIGHT}
              fill={index % 2 ? "#f8fafc" : "#ffffff"}
            />
            <text x={LABEL_WIDTH + index * 12 * MONTH_WIDTH + 4} y={18} fill="#334155" fontWeight={600}>
              {year}
            </text>
          </g>
        ))}
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
              return (
                <g key={project.id}>
                  <ChartMark label={label}>
                    <text x={12} y={rowY + 19} fill="#0f172a">
                      {project.acronym}
                    </text>
                    <rect
                      x={x(project.startDate)}
                      y={rowY + 8}
                      width={Math.max(4, x(project.endDate) - x(project.startDate))}
                      height={14}
                      rx={3}
                      fill="#1d5fb8"
                      opacity={0.85}
                    />
                  </ChartMark>
                  {project.reportDeadlines.map((deadline) => {
                    const text = t("deadline", {
                      acronym: project.acronym,
                      period: `P${deadline.period.number}`,
                      date: display.date(deadline.dueDate),
                    });
                    return (
                      <ChartMark key={deadline.id} label={text}>
                        <circle
                          cx={x(deadline.dueDate)}
                          cy={rowY + 4}
                          r={3.5}
                          fill="#ffffff"
                          stroke="#b45309"
                          strokeWidth={1.5}
                        />
                      </ChartMark>
                    );
                  })}
                  {project.payments.map((payment) => {
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
                      <ChartMark key={payment.id} label={text}>
                        <path
                          d={`M ${cx} ${rowY + 20} l 5 5 l -5 5 l -5 -5 z`}
                          fill={payment.receivedDate ? "#15803d" : "#ffffff"}
                          stroke="#15803d"
                          strokeWidth={1.5}
                        />
                      </ChartMark>
                    );
                  })}
                </g>
              );
            })}
          </g>
        ))}
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
