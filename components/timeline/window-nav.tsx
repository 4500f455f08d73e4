import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { useDisplay } from "@/lib/i18n/use-display";
import type { TimeWindow } from "@/lib/timeline/window";
import { PORTFOLIO_ZOOMS, type TPortfolioFilters, type TPortfolioWindow } from "@/lib/validation/timeline";

/**
 * The portfolio's time span as links (the state is in the address, so it works without JavaScript and can be
 * bookmarked): running projects, whole portfolio, 3 years, 1 year; the last two move back and forward by their
 * length. The filters stay as they are.
 */
export function WindowNav({
  filters,
  span,
  window,
}: {
  filters: TPortfolioFilters;
  span: TPortfolioWindow;
  window: TimeWindow;
}) {
  const t = useTranslations("Portfolio");
  const display = useDisplay();
  const href = (zoom: TPortfolioWindow["zoom"], shift = 0) => {
    const query = new URLSearchParams(
      Object.entries(filters).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
    );
    if (zoom !== "running") query.set("zoom", zoom);
    if (shift) query.set("shift", String(shift));
    return `/portfolio${query.size ? `?${query}` : ""}`;
  };
  const last = new Date(window.to.getTime() - 86_400_000);
  const moves = span.zoom === "3y" || span.zoom === "1y";
  return (
    <nav aria-label={t("span")} className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
      <ul className="flex flex-wrap gap-2">
        {PORTFOLIO_ZOOMS.map((zoom) => (
          <li key={zoom}>
            <Link
              href={href(zoom)}
              aria-current={span.zoom === zoom ? "page" : undefined}
              className={
                span.zoom === zoom
                  ? "rounded-md bg-brand-700 px-3 py-2 font-medium text-white"
                  : "rounded-md border border-slate-300 bg-white px-3 py-2 text-slate-800 underline-offset-2 hover:underline"
              }
            >
              {t(`zoom.${zoom}`)}
            </Link>
          </li>
        ))}
      </ul>
      {moves ? (
        <span className="flex gap-3">
          <Link href={href(span.zoom, span.shift - 1)} className="text-brand-700 underline">
            {t(span.zoom === "3y" ? "earlier3y" : "earlier1y")}
          </Link>
          <Link href={href(span.zoom, span.shift + 1)} className="text-brand-700 underline">
            {t(span.zoom === "3y" ? "later3y" : "later1y")}
          </Link>
        </span>
      ) : null}
      <span className="text-slate-700">
        {t("showing", { from: display.monthYear(window.from), to: display.monthYear(last) })}
      </span>
    </nav>
  );
}
