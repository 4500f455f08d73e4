import { z } from "zod";
import { optionalFilter, ZPage } from "./list-filters";

export const HISTORY_PAGE_SIZE = 50;
/** At most this many rows in one CSV export. */
export const HISTORY_EXPORT_LIMIT = 50_000;

export const ZHistoryFilters = z.object({
  /** The kind of record: "deliverable", "partner", "project", ... */
  entity: optionalFilter(z.string().regex(/^[a-z-]{1,40}$/)),
  actor: optionalFilter(z.string().max(64)),
  from: optionalFilter(z.iso.date()),
  to: optionalFilter(z.iso.date()),
  page: ZPage,
});
export type THistoryFilters = z.infer<typeof ZHistoryFilters>;
