import type { Prisma } from "@/generated/prisma/client";
import { useTranslations } from "next-intl";
import { ChartMark, ChartSvg } from "@/components/ui/chart";
import { toTenth } from "@/lib/format/svg";
import { useDisplay } from "@/lib/i18n/use-display";

type Point = { label: string; cumulativeBudget: Prisma.Decimal; cumulativeSpend: Prisma.Decimal; hasEnded: boolean };

const WIDTH = 640;
const HEIGHT = 260;
const PAD = { right: 20, top: 20, bottom: 40 };
/** About the width of a character of the axis labels (11 px), to leave room for the longest amount. */
const LABEL_CHAR_WIDTH = 6.5;

/**
 * Cumulative budget against cumulative reported spend, period by period, as an SVG line chart. Every point
 * has a title with its amounts; the table beside it on the page gives the same figures.
 */
export function SpendChart({ points, currency, title }: { points: Point[]; currency: string; title: string }) {
  const t = useTranslations("Budget");
  const display = useDisplay();
  if (points.length === 0) return null;
  const max = Math.max(
    1,
    ...points.map((point) => Math.max(point.cumulativeBudget.toNumber(), point.cumulativeSpend.toNumber())),
  );
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((share) => ({
    value: max * share,
    label: display.wholeMoney(max * share, currency),
  }));
  // Room for the longest amount in the reader's format ("109.908 EUR" is wider than "€109,908").
  const left = Math.ceil(Math.max(...ticks.map((tick) => tick.label.length)) * LABEL_CHAR_WIDTH) + 12;
  const x = (index: number) =>
    toTenth(left + (points.length === 1 ? 0.5 : index / (points.length - 1)) * (WIDTH - left - PAD.right));
  const y = (value: number) => toTenth(HEIGHT - PAD.bottom - (value / max) * (HEIGHT - PAD.top - PAD.bottom));
  const line = (values: number[]) =>
    values.map((value, index) => `${index ? "L" : "M"} ${x(index)} ${y(value)}`).join(" ");
  const spendPoints = points.filter((point) => point.hasEnded || !point.cumulativeSpend.isZero());
  return (
    <figure className="overflow-x-auto">
      <ChartSvg width={WIDTH} height={HEIGHT} label={title}>
        {ticks.map((tick) => (
          <g key={tick.value}>
            <line x1={left} x2={WIDTH - PAD.right} y1={y(tick.value)} y2={y(tick.value)} stroke="#e2e8f0" />
            <text x={left - 6} y={y(tick.value) + 4} textAnchor="end" fill="#475569">
              {tick.label}
            </text>
          </g>
        ))}
        {points.map((point, index) => (
          <text key={point.label} x={x(index)} y={HEIGHT - PAD.bottom + 18} textAnchor="middle" fill="#334155">
            {point.label}
          </text>
        ))}
        <path
          d={line(points.map((point) => point.cumulativeBudget.toNumber()))}
          fill="none"
          stroke="#1d5fb8"
          strokeWidth={2.5}
        />
        <path
          d={line(spendPoints.map((point) => point.cumulativeSpend.toNumber()))}
          fill="none"
          stroke="#b45309"
          strokeWidth={2.5}
          strokeDasharray="6 4"
        />
        {points.map((point, index) => (
          <ChartMark
            key={`budget-${point.label}`}
            label={t("budgetSoFarAt", {
              period: point.label,
              amount: display.money(point.cumulativeBudget.toFixed(2), currency),
            })}
          >
            <circle cx={x(index)} cy={y(point.cumulativeBudget.toNumber())} r={4} fill="#1d5fb8" />
          </ChartMark>
        ))}
        {spendPoints.map((point, index) => (
          <ChartMark
            key={`spend-${point.label}`}
            label={t("spendSoFarAt", {
              period: point.label,
              amount: display.money(point.cumulativeSpend.toFixed(2), currency),
            })}
          >
            <rect
              x={toTenth(x(index) - 4)}
              y={toTenth(y(point.cumulativeSpend.toNumber()) - 4)}
              width={8}
              height={8}
              fill="#b45309"
            />
          </ChartMark>
        ))}
      </ChartSvg>
      <figcaption className="mt-1 flex flex-wrap gap-4 text-sm text-slate-700">
        <span>
          <span aria-hidden="true" className="mr-1 inline-block h-0.5 w-6 bg-[#1d5fb8] align-middle" />{" "}
          {t("legendBudget")}
        </span>
        <span>
          <span
            aria-hidden="true"
            className="mr-1 inline-block h-0.5 w-6 border-t-2 border-dashed border-[#b45309] align-middle"
          />{" "}
          {t("legendSpend")}
        </span>
      </figcaption>
    </figure>
  );
}
