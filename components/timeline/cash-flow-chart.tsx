import { useTranslations } from "next-intl";
import { ChartMark, ChartSvg } from "@/components/ui/chart";
import { stepPath, toTenth } from "@/lib/format/svg";
import { useDisplay } from "@/lib/i18n/use-display";
import type { cashFlow } from "@/lib/timeline/cash-flow";
import { isInWindow, positionIn, ticksOf, tickUnitOf, type TimeWindow } from "@/lib/timeline/window";

type Series = ReturnType<typeof cashFlow>[number];

const WIDTH = 1200;
const HEIGHT = 220;
const LEFT = 190;
const TOP = 24;
const BOTTOM = 24;
const PLOT_WIDTH = WIDTH - LEFT - 12;
const PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;

/**
 * Planned against received payments of the shown projects, cumulative month by month over the portfolio's window,
 * with today marked: received as a solid line, planned as a dashed one (the lines differ by more than colour). Its
 * text alternative says both totals; the payments themselves are listed in the tables.
 */
export function CashFlowChart({ series, window, today }: { series: Series; window: TimeWindow; today: Date }) {
  const t = useTranslations("CashFlow");
  const display = useDisplay();
  const last = series.months.at(-1);
  if (!last) return null;
  const top = Math.max(1, Number(last.planned), Number(last.received));
  const x = (date: Date) => toTenth(LEFT + positionIn(window, date) * PLOT_WIDTH);
  const y = (amount: number) => toTenth(TOP + PLOT_HEIGHT - (amount / top) * PLOT_HEIGHT);
  // A step at the end of each month: what had come in by then.
  const steps = (amountOf: (month: Series["months"][number]) => number) =>
    stepPath(
      series.months.map((month) => ({ x: x(month.month), y: y(amountOf(month)) })),
      x(window.to),
    );
  const money = (amount: number) => display.wholeMoney(amount, series.currency);
  const unit = tickUnitOf(window);
  const summary = t("summary", {
    currency: series.currency,
    planned: display.money(last.planned, series.currency),
    received: display.money(last.received, series.currency),
    end: display.monthYear(series.months.at(-1)!.month),
  });

  return (
    <div className="overflow-x-auto rounded-md border border-slate-200 bg-white">
      <ChartSvg width={WIDTH} height={HEIGHT} label={t("title", { currency: series.currency })} fitted>
        {[0, 0.5, 1].map((share) => (
          <g key={share}>
            <line x1={LEFT} x2={LEFT + PLOT_WIDTH} y1={y(top * share)} y2={y(top * share)} stroke="#e2e8f0" />
            <text x={LEFT - 6} y={y(top * share) + 4} textAnchor="end" fill="#334155">
              {money(top * share)}
            </text>
          </g>
        ))}
        {ticksOf(window, unit).map((tick) => (
          <text key={tick.toISOString()} x={toTenth(x(tick) + 2)} y={HEIGHT - 6} fill="#334155">
            {unit === "year" ? tick.getUTCFullYear() : display.monthYear(tick)}
          </text>
        ))}
        <ChartMark label={summary}>
          <path
            d={steps((month) => Number(month.planned))}
            fill="none"
            stroke="#1d5fb8"
            strokeWidth={2}
            strokeDasharray="6 4"
          />
          <path d={steps((month) => Number(month.received))} fill="none" stroke="#15803d" strokeWidth={2.5} />
        </ChartMark>
        {isInWindow(window, today) ? (
          <ChartMark label={t("today", { date: display.date(today) })}>
            <line
              x1={x(today)}
              x2={x(today)}
              y1={TOP - 8}
              y2={TOP + PLOT_HEIGHT}
              stroke="#dc2626"
              strokeWidth={2}
              strokeDasharray="4 3"
            />
          </ChartMark>
        ) : null}
        <text x={8} y={TOP + 10} fill="#0f172a" fontWeight={700}>
          {t("legendTitle", { currency: series.currency })}
        </text>
        <g transform={`translate(8 ${TOP + 30})`}>
          <line x1={0} x2={24} y1={0} y2={0} stroke="#15803d" strokeWidth={2.5} />
          <text x={30} y={4} fill="#0f172a">
            {t("received")}
          </text>
          <line x1={0} x2={24} y1={20} y2={20} stroke="#1d5fb8" strokeWidth={2} strokeDasharray="6 4" />
          <text x={30} y={24} fill="#0f172a">
            {t("planned")}
          </text>
        </g>
      </ChartSvg>
      <p className="px-3 pb-2 text-sm text-slate-700">{summary}</p>
    </div>
  );
}
