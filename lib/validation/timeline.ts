import { z } from "zod";
import { DeliverableStatus, ProjectStatus } from "@/generated/prisma/enums";
import { optionalFilter } from "./list-filters";

export const ZPortfolioFilters = z.object({
  programme: optionalFilter(z.string().max(64)),
  country: optionalFilter(z.string().regex(/^[A-Z]{2}$/)),
  status: optionalFilter(z.enum(ProjectStatus)),
  /** The organisation that coordinates (leads) the project. */
  coordinator: optionalFilter(z.string().max(64)),
});
export type TPortfolioFilters = z.infer<typeof ZPortfolioFilters>;

/**
 * The portfolio's window of time: the running projects and today (the default), the whole portfolio, or three years
 * or one year around today, moved back or forward by whole windows.
 */
export const PORTFOLIO_ZOOMS = ["running", "all", "3y", "1y"] as const;
export const ZPortfolioWindow = z.object({
  zoom: z.enum(PORTFOLIO_ZOOMS).catch("running"),
  shift: z.coerce.number().int().min(-100).max(100).catch(0),
});
export type TPortfolioWindow = z.infer<typeof ZPortfolioWindow>;

/** A Gantt is read in project months (M1 …) or in calendar dates. */
export const ZTimelineScale = z.enum(["months", "dates"]).catch("months");
export type TimelineScale = z.infer<typeof ZTimelineScale>;

/**
 * What a project's Gantt shows of its deliverables and milestones: those of one partner, work package or status, or
 * only the overdue ones. Work packages and periods always stay, as context.
 */
export const ZTimelineFilters = z.object({
  partner: optionalFilter(z.string().max(64)),
  wp: optionalFilter(z.string().max(64)),
  status: optionalFilter(z.enum(DeliverableStatus)),
  overdue: z.enum(["1"]).optional().catch(undefined),
});
export type TTimelineFilters = z.infer<typeof ZTimelineFilters>;

/** How much of a project its Gantt shows: all of it, or 12 or 6 months around today moved by whole windows. */
export const GANTT_ZOOMS = ["all", "12m", "6m"] as const;
export const ZGanttWindow = z.object({
  zoom: z.enum(GANTT_ZOOMS).optional().catch(undefined),
  shift: z.coerce.number().int().min(-100).max(100).catch(0),
});

/** A Gantt shows this many rows a page, in the plan's order: an ordinary project's whole plan fits on one. */
export const GANTT_PAGE_SIZE = 100;
/** Which page of a long Gantt's rows is shown, or all of them at once (for printing). */
export const ZGanttPage = z.object({
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  all: optionalFilter(z.literal("1")),
});
export type TGanttPage = z.infer<typeof ZGanttPage>;
