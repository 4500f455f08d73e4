import ical from "ical-generator";
import type { Deadline } from "@/lib/dal/deadlines";
import { supportedLocale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/messages";
import { deadlineLabel } from "@/lib/reminders/digest";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A user's deadlines as an RFC 5545 calendar of all-day events. Each event's UID stays the same for the
 * same deliverable, milestone or report deadline, so a calendar that refreshes the feed moves the event
 * when its date moves instead of adding another.
 */
export function deadlinesCalendar(input: {
  deadlines: Deadline[];
  locale: string | null;
  appUrl: string;
  now?: Date;
}): string {
  const locale = supportedLocale(input.locale);
  const t = translatorFor(locale);
  const base = input.appUrl.replace(/\/$/, "");
  const calendar = ical({
    name: t("Calendar.feedName"),
    prodId: { company: "Consortia", product: "Deadlines", language: locale.toUpperCase() },
    ttl: 60 * 60,
  });
  for (const deadline of input.deadlines) {
    const url = `${base}${deadline.href}`;
    calendar.createEvent({
      id: `${deadline.kind.toLowerCase()}-${deadline.id}@consortia`,
      allDay: true,
      start: deadline.dueDate,
      end: new Date(deadline.dueDate.getTime() + DAY_MS),
      summary: `${deadline.acronym} · ${deadlineLabel(deadline, t)}${deadline.done ? ` (${t("Calendar.done")})` : ""}`,
      description: `${t(`Deadlines.kind.${deadline.kind}`)}\n${url}`,
      url,
      stamp: input.now ?? new Date(),
      lastModified: deadline.updatedAt,
    });
  }
  return calendar.toString();
}
