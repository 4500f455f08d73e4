import { pageCountOf } from "@/lib/validation/list-filters";
import { GANTT_PAGE_SIZE, type TGanttPage } from "@/lib/validation/timeline";

/** How many rows of each kind a Gantt has, in the order it shows them. */
export type GanttRowCounts = {
  reportingPeriods: number;
  workPackages: number;
  deliverables: number;
  milestones: number;
};
/** The rows of one kind on a page: `take` of them after the first `skip`. */
export type RowSlice = { skip: number; take: number };

const KINDS = ["reportingPeriods", "workPackages", "deliverables", "milestones"] as const;

/** Every row at once: for the exports and the PDF, and where a person asks for all of them. */
export const EVERY_GANTT_ROW: TGanttPage = { page: 1, all: "1" };

/**
 * Which rows one page of a Gantt shows: GANTT_PAGE_SIZE of them in the plan's order (periods, work packages,
 * deliverables, milestones), or every row when all are asked for; a page past the end shows the last one. `first`
 * and `last` number the rows shown, from 1; `slices` says which rows of each kind they are, so that only those
 * are loaded.
 */
export function ganttPage(counts: GanttRowCounts, asked: TGanttPage) {
  const total = KINDS.reduce((sum, kind) => sum + counts[kind], 0);
  const isWhole = Boolean(asked.all) || total <= GANTT_PAGE_SIZE;
  const pageCount = isWhole ? 1 : pageCountOf(total, GANTT_PAGE_SIZE);
  const page = Math.min(asked.page, pageCount);
  const start = isWhole ? 0 : (page - 1) * GANTT_PAGE_SIZE;
  const end = isWhole ? total : Math.min(start + GANTT_PAGE_SIZE, total);
  let before = 0;
  const slices = {} as Record<(typeof KINDS)[number], RowSlice>;
  for (const kind of KINDS) {
    const from = Math.min(Math.max(start - before, 0), counts[kind]);
    const to = Math.min(Math.max(end - before, 0), counts[kind]);
    slices[kind] = { skip: from, take: to - from };
    before += counts[kind];
  }
  return { page, pageCount, first: total ? start + 1 : 0, last: end, total, slices };
}

/** The rows of one kind that a page shows, out of all of them. */
export function rowsOfPage<Row>(rows: Row[], { skip, take }: RowSlice): Row[] {
  return rows.slice(skip, skip + take);
}
