/**
 * Project months: M1 is the calendar month in which the project starts, so "M10" of a project starting
 * on 1 October 2020 runs from 1 July 2021 to 31 July 2021. Every date of the work plan is derived from
 * the start date, so moving the start date moves everything.
 *
 * Calendar dates are handled as midnight UTC, which keeps them free of time-zone drift.
 */

/** First day of project month `month`. */
export function projectMonthStart(projectStart: Date, month: number): Date {
  assertMonth(month);
  return new Date(Date.UTC(projectStart.getUTCFullYear(), projectStart.getUTCMonth() + month - 1, 1));
}

/** Last day of project month `month`: the due date of anything due in that month. */
export function projectMonthEnd(projectStart: Date, month: number): Date {
  assertMonth(month);
  return new Date(Date.UTC(projectStart.getUTCFullYear(), projectStart.getUTCMonth() + month, 0));
}

/** The project's last day: end of its last month. */
export function projectEndDate(projectStart: Date, durationMonths: number): Date {
  return projectMonthEnd(projectStart, durationMonths);
}

/**
 * The project month a date falls in (1 for the start month). Dates before the start give 0 or less,
 * dates after the end give more than the duration: callers decide what that means.
 */
export function projectMonthAt(projectStart: Date, date: Date): number {
  const months =
    (date.getUTCFullYear() - projectStart.getUTCFullYear()) * 12 + (date.getUTCMonth() - projectStart.getUTCMonth());
  return months + 1;
}

/** Today's calendar date at midnight UTC. */
export function todayUtc(now: Date = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** Whether something due at the end of `dueMonth` is past due on `today` (due the whole last day). */
export function isPastDue(projectStart: Date, dueMonth: number, today: Date = todayUtc()): boolean {
  return projectMonthEnd(projectStart, dueMonth).getTime() < todayUtc(today).getTime();
}

export function formatProjectMonth(month: number): string {
  return `M${month}`;
}

function assertMonth(month: number): void {
  if (!Number.isInteger(month) || month < 1) throw new RangeError(`Project months start at 1, got ${month}`);
}

/** The last project month that has ended by `date` (its last day on or before it); 0 when none has. */
export function lastMonthEndingBy(projectStart: Date, date: Date): number {
  const month = projectMonthAt(projectStart, date);
  if (month < 1) return 0;
  return projectMonthEnd(projectStart, month).getTime() <= todayUtc(date).getTime() ? month : month - 1;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The calendar date `days` days after `date` (before, if negative). */
export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}
