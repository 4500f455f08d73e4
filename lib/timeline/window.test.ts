import { describe, expect, it } from "vitest";
import { clip, positionIn, projectMonthWindow, ticksOf, tickUnitOf, windowAround, windowSpanning } from "./window";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const today = day("2026-12-02");

describe("the window of a timeline", () => {
  it("puts a quarter of its length before today's month, and moves by whole windows", () => {
    expect(windowAround(today, 12)).toEqual({ from: day("2026-09-01"), to: day("2027-09-01") });
    expect(windowAround(today, 36)).toEqual({ from: day("2026-03-01"), to: day("2029-03-01") });
    expect(windowAround(today, 12, -1)).toEqual({ from: day("2025-09-01"), to: day("2026-09-01") });
    expect(windowAround(today, 12, 2)).toEqual({ from: day("2028-09-01"), to: day("2029-09-01") });
  });

  it("crosses a year as months do", () => {
    const window = windowAround(day("2026-01-15"), 6);
    expect(window).toEqual({ from: day("2025-12-01"), to: day("2026-06-01") });
    expect(ticksOf(window)).toEqual(
      ["2025-12-01", "2026-01-01", "2026-02-01", "2026-03-01", "2026-04-01", "2026-05-01"].map(day),
    );
  });

  it("spans every range and today, in whole years when long and whole quarters when short", () => {
    const ranges = [
      { from: day("2015-12-01"), to: day("2017-05-31") },
      { from: day("2026-01-01"), to: day("2028-12-31") },
    ];
    expect(windowSpanning(ranges, today)).toEqual({ from: day("2015-01-01"), to: day("2029-01-01") });
    expect(windowSpanning([{ from: day("2026-05-10"), to: day("2026-08-20") }], today)).toEqual({
      from: day("2026-04-01"),
      to: day("2027-01-01"),
    });
    // Nothing but today: a quarter around it.
    expect(windowSpanning([], today)).toEqual({ from: day("2026-10-01"), to: day("2027-01-01") });
  });

  it("cuts a project longer than the window at both edges, and says so", () => {
    const window = windowAround(today, 12);
    expect(clip({ from: day("2024-01-01"), to: day("2030-12-31") }, window)).toEqual({
      ...window,
      startsBefore: true,
      endsAfter: true,
    });
    expect(clip({ from: day("2027-01-01"), to: day("2027-03-31") }, window)).toEqual({
      from: day("2027-01-01"),
      to: day("2027-03-31"),
      startsBefore: false,
      endsAfter: false,
    });
  });

  it("leaves out a project that ends before the window or starts after it", () => {
    const window = windowAround(today, 12);
    expect(clip({ from: day("2015-12-01"), to: day("2017-05-31") }, window)).toBeNull();
    expect(clip({ from: day("2027-09-01"), to: day("2028-05-31") }, window)).toBeNull();
  });

  it("places dates proportionally, and labels by years, quarters or months as the span allows", () => {
    const window = { from: day("2026-01-01"), to: day("2027-01-01") };
    expect(positionIn(window, day("2026-01-01"))).toBe(0);
    expect(positionIn(window, day("2027-01-01"))).toBe(1);
    expect(positionIn(window, day("2026-07-02"))).toBeCloseTo(0.5, 2);
    expect(tickUnitOf(window)).toBe("month");
    expect(tickUnitOf(windowAround(today, 36))).toBe("quarter");
    expect(tickUnitOf({ from: day("2015-01-01"), to: day("2029-01-01") })).toBe("year");
    expect(ticksOf(windowAround(today, 36)).slice(0, 2)).toEqual([day("2026-04-01"), day("2026-07-01")]);
  });
});

describe("the window of a project's Gantt", () => {
  it("shows the whole project, or a span around today's month kept within the project", () => {
    expect(projectMonthWindow(36, 14, null)).toEqual({ first: 1, last: 36 });
    expect(projectMonthWindow(36, 14, 12)).toEqual({ first: 11, last: 22 });
    expect(projectMonthWindow(36, 14, 6, 1)).toEqual({ first: 19, last: 24 });
    // Near the start or the end, the window stops at the project's edge rather than showing months outside it.
    expect(projectMonthWindow(36, 2, 12)).toEqual({ first: 1, last: 12 });
    expect(projectMonthWindow(36, 35, 12, 1)).toEqual({ first: 25, last: 36 });
    // A span longer than the project is the project.
    expect(projectMonthWindow(8, 3, 12)).toEqual({ first: 1, last: 8 });
  });
});
