import type { TPortfolioWindow } from "@/lib/validation/timeline";
import { windowAround, windowSpanning, type TimeWindow } from "./window";

const LENGTHS = { "3y": 36, "1y": 12 } as const;

/**
 * The window the portfolio opens on: every running project and today (or, with none running, every project), the
 * whole portfolio, or three years or one year around today moved by whole windows.
 */
export function portfolioWindow(
  projects: { status: string; startDate: Date; endDate: Date }[],
  { zoom, shift }: TPortfolioWindow,
  today: Date,
): TimeWindow {
  if (zoom === "3y" || zoom === "1y") return windowAround(today, LENGTHS[zoom], shift);
  const running = projects.filter((project) => project.status === "RUNNING");
  const shown = zoom === "running" && running.length > 0 ? running : projects;
  return windowSpanning(
    shown.map((project) => ({ from: project.startDate, to: project.endDate })),
    today,
  );
}
