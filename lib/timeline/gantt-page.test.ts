import { describe, expect, it } from "vitest";
import { GANTT_PAGE_SIZE, ZGanttPage } from "@/lib/validation/timeline";
import { EVERY_GANTT_ROW, ganttPage } from "./gantt-page";

const plan = (deliverables: number, milestones = 0) => ({
  reportingPeriods: 3,
  workPackages: 5,
  deliverables,
  milestones,
});

describe("a page of a Gantt's rows", () => {
  it("shows an ordinary plan whole, on one page", () => {
    expect(ganttPage(plan(80, 12), { page: 1 })).toEqual({
      page: 1,
      pageCount: 1,
      first: 1,
      last: 100,
      total: 100,
      slices: {
        reportingPeriods: { skip: 0, take: 3 },
        workPackages: { skip: 0, take: 5 },
        deliverables: { skip: 0, take: 80 },
        milestones: { skip: 0, take: 12 },
      },
    });
    const empty = { reportingPeriods: 0, workPackages: 0, deliverables: 0, milestones: 0 };
    expect(ganttPage(empty, { page: 1 })).toMatchObject({ pageCount: 1, first: 0, last: 0, total: 0 });
  });

  it("splits a long plan into pages in its order, each kind of row cut where the page ends", () => {
    // 218 rows: 3 periods, 5 work packages, 200 deliverables, 10 milestones.
    const counts = plan(2 * GANTT_PAGE_SIZE, 10);
    const first = ganttPage(counts, { page: 1 });
    expect(first).toMatchObject({ page: 1, pageCount: 3, first: 1, last: GANTT_PAGE_SIZE });
    expect(first.slices).toEqual({
      reportingPeriods: { skip: 0, take: 3 },
      workPackages: { skip: 0, take: 5 },
      deliverables: { skip: 0, take: GANTT_PAGE_SIZE - 8 },
      milestones: { skip: 0, take: 0 },
    });
    const second = ganttPage(counts, { page: 2 });
    expect(second).toMatchObject({ first: GANTT_PAGE_SIZE + 1, last: 2 * GANTT_PAGE_SIZE });
    expect(second.slices).toMatchObject({
      reportingPeriods: { take: 0 },
      workPackages: { take: 0 },
      deliverables: { skip: GANTT_PAGE_SIZE - 8, take: GANTT_PAGE_SIZE },
      milestones: { take: 0 },
    });
    const third = ganttPage(counts, { page: 3 });
    expect(third).toMatchObject({ first: 2 * GANTT_PAGE_SIZE + 1, last: 218 });
    expect(third.slices).toMatchObject({
      deliverables: { skip: 2 * GANTT_PAGE_SIZE - 8, take: 8 },
      milestones: { skip: 0, take: 10 },
    });
  });

  it("shows the last page for a page past the end, and every row when all are asked for", () => {
    const counts = plan(GANTT_PAGE_SIZE);
    expect(ganttPage(counts, { page: 9 })).toMatchObject({ page: 2, first: GANTT_PAGE_SIZE + 1, last: 108 });
    expect(ganttPage(counts, EVERY_GANTT_ROW)).toMatchObject({
      page: 1,
      pageCount: 1,
      first: 1,
      last: 108,
      slices: { deliverables: { skip: 0, take: GANTT_PAGE_SIZE } },
    });
  });

  it("reads the page from the address, falling back to the first on nonsense", () => {
    expect(ZGanttPage.parse({ page: "3", all: "1" })).toEqual({ page: 3, all: "1" });
    expect(ZGanttPage.parse({ page: "-2" })).toEqual({ page: 1, all: undefined });
    expect(ZGanttPage.parse({ page: "x", all: "yes" })).toEqual({ page: 1, all: undefined });
  });
});
