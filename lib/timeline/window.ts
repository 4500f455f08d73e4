/**
 * The window of time a chart shows and where dates fall in it: whole months, from the first day of `from` up to
 * (not including) the first day of `to`. Pure, for the portfolio and the project timeline alike.
 */

export type TimeWindow = { from: Date; to: Date };
export type TickUnit = "year" | "quarter" | "month";

/** Months since the start of year 0: comparable and easy to add to. */
export const monthIndexOf = (date: Date) => date.getUTCFullYear() * 12 + date.getUTCMonth();
export const monthStart = (index: number) => new Date(Date.UTC(Math.floor(index / 12), index % 12, 1));
export const monthsIn = (window: TimeWindow) => monthIndexOf(window.to) - monthIndexOf(window.from);

/**
 * A window of `months` around today: a quarter of it before today's month and the rest after (what is coming
 * matters more), moved by `shift` whole windows back (negative) or forward.
 */
export function windowAround(today: Date, months: number, shift = 0): TimeWindow {
  const first = monthIndexOf(today) - Math.floor(months / 4) + shift * months;
  return { from: monthStart(first), to: monthStart(first + months) };
}

/**
 * The smallest window holding every range and today, widened to whole years when it is long (so year labels fall
 * on its edges) and to whole quarters otherwise.
 */
export function windowSpanning(ranges: { from: Date; to: Date }[], today: Date): TimeWindow {
  const first = Math.min(monthIndexOf(today), ...ranges.map((range) => monthIndexOf(range.from)));
  const last = Math.max(monthIndexOf(today), ...ranges.map((range) => monthIndexOf(range.to))) + 1;
  const step = last - first > 36 ? 12 : 3;
  return {
    from: monthStart(Math.floor(first / step) * step),
    to: monthStart(Math.ceil(last / step) * step),
  };
}

/** A date's place in the window, from 0 (its start) to 1 (its end); outside, below 0 or above 1. */
export function positionIn(window: TimeWindow, date: Date): number {
  const span = window.to.getTime() - window.from.getTime();
  return (date.getTime() - window.from.getTime()) / span;
}

export const isInWindow = (window: TimeWindow, date: Date) => date >= window.from && date < window.to;

/**
 * The part of a range inside the window, and whether it goes on beyond either edge (drawn as such, so that a cut
 * bar is not read as starting or ending there); null when the range lies wholly outside.
 */
export function clip(
  range: { from: Date; to: Date },
  window: TimeWindow,
): { from: Date; to: Date; startsBefore: boolean; endsAfter: boolean } | null {
  if (range.to < window.from || range.from >= window.to) return null;
  const startsBefore = range.from < window.from;
  const endsAfter = range.to > window.to;
  return {
    from: startsBefore ? window.from : range.from,
    to: endsAfter ? window.to : range.to,
    startsBefore,
    endsAfter,
  };
}

/** Labels as the span allows: years beyond four years, quarters beyond a year, months otherwise. */
export function tickUnitOf(window: TimeWindow): TickUnit {
  const months = monthsIn(window);
  return months > 48 ? "year" : months > 12 ? "quarter" : "month";
}

/** The first day of every year, quarter or month that starts within the window. */
export function ticksOf(window: TimeWindow, unit = tickUnitOf(window)): Date[] {
  const step = unit === "year" ? 12 : unit === "quarter" ? 3 : 1;
  const first = Math.ceil(monthIndexOf(window.from) / step) * step;
  const ticks: Date[] = [];
  for (let index = first; index < monthIndexOf(window.to); index += step) ticks.push(monthStart(index));
  return ticks;
}

/** A window of a project's months, first and last included (M1 is the start month). */
export type MonthWindow = { first: number; last: number };

/**
 * The project months a Gantt shows: the whole project, or `months` of it around today's month (a quarter before, the
 * rest after), moved by `shift` whole windows and kept within the project.
 */
export function projectMonthWindow(
  durationMonths: number,
  todayMonth: number,
  months: number | null,
  shift = 0,
): MonthWindow {
  if (!months || months >= durationMonths) return { first: 1, last: durationMonths };
  const wanted = todayMonth - Math.floor(months / 4) + shift * months;
  const first = Math.min(Math.max(1, wanted), durationMonths - months + 1);
  return { first, last: first + months - 1 };
}
