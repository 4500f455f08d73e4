import { describe, expect, it } from "vitest";
import {
  isPastDue,
  lastMonthEndingBy,
  projectEndDate,
  projectMonthAt,
  projectMonthEnd,
  projectMonthStart,
  todayUtc,
} from "./project-months";

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe("project months", () => {
  it("M10 of a project starting 1 October 2020 ends at the end of July 2021", () => {
    expect(projectMonthEnd(utc(2020, 10, 1), 10)).toEqual(utc(2021, 7, 31));
    expect(projectMonthStart(utc(2020, 10, 1), 10)).toEqual(utc(2021, 7, 1));
  });

  it("M1 is the month the project starts, even when it starts mid-month", () => {
    expect(projectMonthStart(utc(2015, 12, 15), 1)).toEqual(utc(2015, 12, 1));
    expect(projectMonthEnd(utc(2015, 12, 15), 1)).toEqual(utc(2015, 12, 31));
  });

  it("crosses year ends and handles February in leap years", () => {
    expect(projectMonthEnd(utc(2015, 12, 1), 3)).toEqual(utc(2016, 2, 29));
    expect(projectMonthEnd(utc(2016, 12, 1), 3)).toEqual(utc(2017, 2, 28));
  });

  it("a 24-month project starting 1 December 2015 ends on 30 November 2017", () => {
    expect(projectEndDate(utc(2015, 12, 1), 24)).toEqual(utc(2017, 11, 30));
  });

  it("moving the start date moves every derived date", () => {
    expect(projectMonthEnd(utc(2016, 3, 1), 6)).toEqual(utc(2016, 8, 31));
    expect(projectMonthEnd(utc(2016, 4, 1), 6)).toEqual(utc(2016, 9, 30));
  });

  it("finds the project month of a date", () => {
    const start = utc(2020, 10, 1);
    expect(projectMonthAt(start, utc(2020, 10, 31))).toBe(1);
    expect(projectMonthAt(start, utc(2021, 7, 15))).toBe(10);
    expect(projectMonthAt(start, utc(2020, 9, 30))).toBe(0);
  });

  it("is past due only after the last day of the due month", () => {
    const start = utc(2020, 10, 1);
    expect(isPastDue(start, 10, utc(2021, 7, 31))).toBe(false);
    expect(isPastDue(start, 10, utc(2021, 8, 1))).toBe(true);
  });

  it("rejects months below 1 and fractional months", () => {
    expect(() => projectMonthEnd(utc(2020, 10, 1), 0)).toThrow(RangeError);
    expect(() => projectMonthStart(utc(2020, 10, 1), 1.5)).toThrow(RangeError);
  });

  it("takes today's date at midnight UTC", () => {
    expect(todayUtc(new Date("2026-11-24T23:59:59Z"))).toEqual(utc(2026, 11, 24));
  });
});

describe("lastMonthEndingBy", () => {
  const start = utc(2020, 10, 1);
  it("counts a month only once its last day has come", () => {
    expect(lastMonthEndingBy(start, utc(2021, 7, 30))).toBe(9);
    expect(lastMonthEndingBy(start, utc(2021, 7, 31))).toBe(10);
  });
  it("is 0 before the first month has ended", () => {
    expect(lastMonthEndingBy(start, utc(2020, 10, 15))).toBe(0);
    expect(lastMonthEndingBy(start, utc(2020, 1, 15))).toBe(0);
  });
});
