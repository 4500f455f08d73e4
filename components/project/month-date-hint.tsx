"use client";

import { useWatch } from "react-hook-form";
import { formatDate } from "@/lib/format/display";
import { projectMonthEnd, projectMonthStart } from "@/lib/format/project-months";

/**
 * The calendar date of the project month typed in a field, worked out from the project's start while
 * the user types: "M8 ends on 31 Jul 2016".
 */
export function MonthDateHint({ name, projectStart, durationMonths, edge }: { name: string; projectStart: string; durationMonths: number; edge: "start" | "end" }) {
  const value = Number(useWatch({ name }));
  const base = `Months M1–M${durationMonths}.`;
  if (!Number.isInteger(value) || value < 1) return <>{base}</>;
  if (value > durationMonths) return <>{`${base} M${value} is after the project ends.`}</>;
  const start = new Date(projectStart);
  const date = edge === "start" ? projectMonthStart(start, value) : projectMonthEnd(start, value);
  return <>{`${base} M${value} ${edge === "start" ? "starts on" : "ends on"} ${formatDate(date)}.`}</>;
}
