import { describe, expect, it } from "vitest";
import { daysUntil, reminderKindFor } from "./reminder-kind";

const today = new Date(Date.UTC(2026, 10, 25));
const inDays = (days: number) => new Date(today.getTime() + days * 24 * 60 * 60 * 1000);

describe("reminderKindFor", () => {
  it.each([
    [20, null],
    [15, null],
    [14, "DUE_IN_14_DAYS"],
    [8, "DUE_IN_14_DAYS"],
    [7, "DUE_IN_7_DAYS"],
    [2, "DUE_IN_7_DAYS"],
    [1, "DUE_IN_1_DAY"],
    [0, "DUE_IN_1_DAY"],
    [-1, "OVERDUE"],
    [-400, "OVERDUE"],
  ])("%i days ahead gives %s", (days, kind) => {
    expect(reminderKindFor(inDays(days), today)).toBe(kind);
  });

  it("counts calendar days across the end of October (no daylight-saving drift in UTC)", () => {
    expect(daysUntil(new Date(Date.UTC(2026, 10, 1)), new Date(Date.UTC(2026, 9, 20)))).toBe(12);
  });
});
