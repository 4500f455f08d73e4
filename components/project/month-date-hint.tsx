"use client";

import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { projectMonthEnd, projectMonthStart } from "@/lib/format/project-months";
import { useDisplay } from "@/lib/i18n/use-display";

/**
 * The calendar date of the project month typed in a field, worked out from the project's start while
 * the user types: "M8 ends on 31 Jul 2016".
 */
export function MonthDateHint({
  name,
  projectStart,
  durationMonths,
  edge,
}: {
  name: string;
  projectStart: string;
  durationMonths: number;
  edge: "start" | "end";
}) {
  const t = useTranslations("MonthHint");
  const display = useDisplay();
  const value = Number(useWatch({ name }));
  const base = t("range", { duration: durationMonths });
  if (!Number.isInteger(value) || value < 1) return <>{base}</>;
  if (value > durationMonths) return <>{`${base} ${t("after", { month: value })}`}</>;
  const start = new Date(projectStart);
  const date = edge === "start" ? projectMonthStart(start, value) : projectMonthEnd(start, value);
  return <>{`${base} ${t(edge === "start" ? "starts" : "ends", { month: value, date: display.date(date) })}`}</>;
}
