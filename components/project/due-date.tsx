import { AlertTriangle } from "lucide-react";
import { formatDate, isoDate } from "@/lib/format/display";
import { formatProjectMonth } from "@/lib/format/project-months";

/** A due date with its project month; overdue is said in words and with an icon, not by colour alone. */
export function DueDate({ dueDate, dueMonth, isOverdue }: { dueDate: Date; dueMonth?: number; isOverdue: boolean }) {
  return (
    <span className="inline-flex flex-wrap items-center gap-x-2">
      <time dateTime={isoDate(dueDate)}>{formatDate(dueDate)}</time>
      {dueMonth ? <span className="text-slate-500">({formatProjectMonth(dueMonth)})</span> : null}
      {isOverdue ? (
        <span className="inline-flex items-center gap-1 font-semibold text-red-700">
          <AlertTriangle aria-hidden="true" className="size-4" />
          Overdue
        </span>
      ) : null}
    </span>
  );
}
