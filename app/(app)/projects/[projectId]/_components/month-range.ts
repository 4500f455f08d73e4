import { projectMonthEnd, projectMonthStart } from "@/lib/format/project-months";
import type { Display } from "@/lib/format/display";

/** "M1–M6 · 1 Jan 2026 – 30 Jun 2026": project months with the dates they stand for. */
export function monthRange(display: Display, start: Date, from: number, to: number): string {
  return `M${from}–M${to} · ${display.date(projectMonthStart(start, from))} – ${display.date(projectMonthEnd(start, to))}`;
}
