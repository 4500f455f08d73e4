import { describe, expect, it } from "vitest";
import { pageCountOf, parseFilters, ZOrganisationListFilters, ZProjectListFilters } from "./list-filters";

describe("list filters from the query string", () => {
  it("reads valid filters", () => {
    expect(parseFilters(ZProjectListFilters, { q: " danube ", status: "RUNNING", country: "RO", page: "2" })).toEqual({
      q: "danube",
      status: "RUNNING",
      programme: undefined,
      country: "RO",
      page: 2,
    });
  });

  it("drops unknown or malformed values instead of failing", () => {
    expect(parseFilters(ZProjectListFilters, { status: "EXPLODED", country: "Romania", page: "-4" })).toEqual({
      q: undefined,
      status: undefined,
      programme: undefined,
      country: undefined,
      page: 1,
    });
  });

  it("takes the first of repeated parameters and ignores empty ones", () => {
    expect(parseFilters(ZOrganisationListFilters, { type: ["SME", "OTHER"], q: "", page: ["3", "4"] })).toMatchObject({
      type: "SME",
      q: undefined,
      page: 3,
    });
  });

  it("drops over-long search text", () => {
    expect(parseFilters(ZOrganisationListFilters, { q: "x".repeat(101) }).q).toBeUndefined();
  });
});

describe("pageCountOf", () => {
  it("counts a part-filled last page, and one page for an empty list", () => {
    expect(pageCountOf(0, 20)).toBe(1);
    expect(pageCountOf(20, 20)).toBe(1);
    expect(pageCountOf(21, 20)).toBe(2);
    expect(pageCountOf(500, 100)).toBe(5);
  });
});
