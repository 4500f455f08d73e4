"use client";

import { useTranslations } from "next-intl";
import { statusIconClass } from "@/components/ui/status-icon";
import { isoDate } from "@/lib/format/display";
import { formatProjectMonth } from "@/lib/format/project-months";
import { useDisplay } from "@/lib/i18n/use-display";

/** A due date with its project month; overdue is said in words and with an icon, not by colour alone. */
export function DueDate({ dueDate, dueMonth, isOverdue }: { dueDate: Date; dueMonth?: number; isOverdue: boolean }) {
  const t = useTranslations("Common");
  const display = useDisplay();
  return (
    <span className="due-date">
      <time dateTime={isoDate(dueDate)}>{display.date(dueDate)}</time>
      {dueMonth ? <span className="text-slate-500">{`(${formatProjectMonth(dueMonth)})`}</span> : null}
      {isOverdue ? (
        <span className={`due-date-overdue ${statusIconClass("triangle-alert")}`}>{t("overdue")}</span>
      ) : null}
    </span>
  );
}
