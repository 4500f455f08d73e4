import { describe, expect, it } from "vitest";
import { countryName, formatDate, formatDateTime, formatMoney, formatPercent } from "./display";

describe("display formats", () => {
  it("shows calendar dates in UTC, never a day off", () => {
    expect(formatDate(new Date("2015-12-01T00:00:00Z"))).toBe("1 Dec 2015");
  });

  it("shows moments to the minute in UTC", () => {
    expect(formatDateTime(new Date("2016-01-21T14:05:59Z"))).toBe("21 Jan 2016, 14:05 UTC");
  });

  it("formats money exactly from decimal strings", () => {
    expect(formatMoney("1234567.89", "EUR")).toBe("€1,234,567.89");
    expect(formatMoney("90071992547409.93", "EUR")).toBe("€90,071,992,547,409.93");
  });

  it("formats rates as percentages", () => {
    expect(formatPercent("0.85")).toBe("85%");
  });

  it("names the network's countries, Kosovo included", () => {
    expect(countryName("RO")).toBe("Romania");
    expect(countryName("XK")).toBe("Kosovo");
    expect(countryName("MK")).toBe("North Macedonia");
  });
});
