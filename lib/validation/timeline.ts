import { z } from "zod";
import { ProjectStatus } from "@/generated/prisma/enums";
import { optionalFilter } from "./list-filters";

export const ZPortfolioFilters = z.object({
  programme: optionalFilter(z.string().max(64)),
  country: optionalFilter(z.string().regex(/^[A-Z]{2}$/)),
  status: optionalFilter(z.enum(ProjectStatus)),
});
export type TPortfolioFilters = z.infer<typeof ZPortfolioFilters>;

/** A Gantt is read in project months (M1 …) or in calendar dates. */
export const ZTimelineScale = z.enum(["months", "dates"]).catch("months");
export type TimelineScale = z.infer<typeof ZTimelineScale>;
