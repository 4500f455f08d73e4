import { describe, expect, it } from "vitest";
import {
  countryName,
  displayFor,
  formatDate,
  formatDateTime,
  formatMoney,
  formatPercent,
  formatWholeMoney,
} from "./display";

describe("display formats", () => {
  it("shows calendar dates in UTC, never a day off", () => {
    expect(formatDate(new Date("2015-12-01T00:00:00Z"))).toBe("1 Dec 2015");
  });

  it("shows moments to the minute in UTC unless told the reader's zone", () => {
    expect(formatDateTime(new Date("2016-01-21T14:05:59Z"))).toBe("21 Jan 2016, 14:05 UTC");
  });

  it("shows moments in the reader's time zone, named, the day included", () => {
    expect(formatDateTime(new Date("2016-01-21T23:30:00Z"), "en-GB", "Europe/Bucharest")).toBe(
      "22 Jan 2016, 01:30 EET",
    );
    expect(formatDateTime(new Date("2016-07-21T14:05:00Z"), "ro-RO", "Europe/Bucharest")).toBe(
      "21 iul. 2016, 17:05 EEST",
    );
    expect(formatDateTime(new Date("2016-07-21T14:05:00Z"), "en-GB", "America/New_York")).toBe(
      "21 Jul 2016, 10:05 GMT-4",
    );
    // A zone the runtime does not know (a cookie may say anything) is UTC.
    expect(formatDateTime(new Date("2016-07-21T14:05:00Z"), "en-GB", "Mars/Base")).toBe("21 Jul 2016, 14:05 UTC");
  });

  it("keeps calendar dates in UTC whatever the reader's zone", () => {
    expect(displayFor("en-GB", "America/New_York").date(new Date("2015-12-01T00:00:00Z"))).toBe("1 Dec 2015");
  });

  it("formats money exactly from decimal strings", () => {
    expect(formatMoney("1234567.89", "EUR")).toBe("€1,234,567.89");
    expect(formatMoney("90071992547409.93", "EUR")).toBe("€90,071,992,547,409.93");
  });

  it("rounds money to whole units for chart axes, in the reader's format", () => {
    expect(formatWholeMoney(109908.4, "EUR")).toBe("€109,908");
    expect(formatWholeMoney(109908.4, "EUR", "ro-RO")).toMatch(/^109\.908\s(€|EUR)$/);
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
