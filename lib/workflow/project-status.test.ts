import { describe, expect, it } from "vitest";
import { isPastItsEnd } from "./project-status";

const project = (status: "RUNNING" | "CONTRACTED" | "CLOSED" | "DRAFT") => ({
  status,
  startDate: new Date("2015-12-01T00:00:00Z"),
  durationMonths: 18,
});

describe("isPastItsEnd", () => {
  it("holds for a project under way after its last day, from the day after", () => {
    expect(isPastItsEnd(project("RUNNING"), new Date("2017-05-31T00:00:00Z"))).toBe(false);
    expect(isPastItsEnd(project("RUNNING"), new Date("2017-06-01T00:00:00Z"))).toBe(true);
    expect(isPastItsEnd(project("CONTRACTED"), new Date("2017-06-01T00:00:00Z"))).toBe(true);
  });

  it("does not hold for a closed project or one not yet under way", () => {
    expect(isPastItsEnd(project("CLOSED"), new Date("2020-01-01T00:00:00Z"))).toBe(false);
    expect(isPastItsEnd(project("DRAFT"), new Date("2020-01-01T00:00:00Z"))).toBe(false);
  });
});
