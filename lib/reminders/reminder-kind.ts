import type { ReminderKind } from "@/generated/prisma/enums";

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from `today` to `dueDate`, both calendar dates at midnight UTC; negative once past due. */
export function daysUntil(dueDate: Date, today: Date): number {
  return Math.round((dueDate.getTime() - today.getTime()) / DAY_MS);
}

/**
 * The reminder a deadline calls for today: the tightest of 14, 7 and 1 days ahead that it has come
 * within, or overdue once its day has passed (it is due for the whole of its last day). A job that
 * missed some days still gives the reminder that fits now, not the ones it missed.
 */
export function reminderKindFor(dueDate: Date, today: Date): ReminderKind | null {
  const days = daysUntil(dueDate, today);
  if (days < 0) return "OVERDUE";
  if (days <= 1) return "DUE_IN_1_DAY";
  if (days <= 7) return "DUE_IN_7_DAYS";
  if (days <= 14) return "DUE_IN_14_DAYS";
  return null;
}

/** The order of a digest's sections: the most pressing first. */
export const REMINDER_KINDS: ReminderKind[] = ["OVERDUE", "DUE_IN_1_DAY", "DUE_IN_7_DAYS", "DUE_IN_14_DAYS"];
