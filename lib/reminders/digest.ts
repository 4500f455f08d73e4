import type { ReminderKind } from "@/generated/prisma/enums";
import type { Deadline } from "@/lib/dal/deadlines";
import { translatorFor } from "@/lib/i18n/messages";
import { displayFor } from "@/lib/format/display";
import { formatLocaleOf } from "@/lib/i18n/locales";
import { REMINDER_KINDS } from "./reminder-kind";

export type DigestEntry = { deadline: Deadline; kind: ReminderKind };

type Translator = ReturnType<typeof translatorFor>;

/** A digest stays readable: past this many lines a section points to the dashboard for the rest. */
export const MAX_LINES_PER_SECTION = 25;

/** "D2.1 Mapping report", "MS3 Strategy adopted", "P2 partner reports (finance)": a deadline in one line. */
export function deadlineLabel(deadline: Deadline, t: Translator): string {
  if (deadline.kind === "REPORT") {
    return t("Deadlines.reportLabel", { period: deadline.number, type: deadline.reportType ?? "BOTH" });
  }
  return `${deadline.number} ${deadline.title}`;
}

/** The e-mail that tells one user, in their language, what is due soon and what is overdue. */
export function composeDigest(input: {
  name: string;
  /** The user's stored language; unset means the default. */
  locale: string | null;
  appUrl: string;
  entries: DigestEntry[];
}): { subject: string; body: string } {
  const t = translatorFor(input.locale);
  const display = displayFor(formatLocaleOf(input.locale));
  const base = input.appUrl.replace(/\/$/, "");
  const sections = REMINDER_KINDS.map((kind) => {
    const entries = input.entries.filter((entry) => entry.kind === kind);
    if (entries.length === 0) return null;
    const lines = entries
      .slice(0, MAX_LINES_PER_SECTION)
      .map(({ deadline }) =>
        [
          `- ${deadline.acronym} · ${deadlineLabel(deadline, t)} · ${t("Reminders.dueOn", { date: display.date(deadline.dueDate) })}`,
          `  ${base}${deadline.href}`,
        ].join("\n"),
      );
    if (entries.length > MAX_LINES_PER_SECTION) {
      lines.push(t("Reminders.more", { count: entries.length - MAX_LINES_PER_SECTION, url: `${base}/dashboard` }));
    }
    return [`${t(`Reminders.section.${kind}`)} (${entries.length})`, ...lines].join("\n");
  }).filter((section): section is string => section !== null);
  const body = [
    t("Reminders.greeting", { name: input.name }),
    "",
    t("Reminders.intro"),
    "",
    sections.join("\n\n"),
    "",
    t("Reminders.footer", { url: `${base}/account` }),
  ].join("\n");
  return { subject: t("Reminders.subject", { count: input.entries.length }), body };
}
