import { describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { convert, flatRateAmount, isMissingRate, rateMonths, type Conversion } from "./conversion";

const d = (value: string) => new Prisma.Decimal(value);
const month = (value: string) => new Date(`${value}-01T00:00:00Z`);
const RATES: Record<string, string> = { "RON:2026-03": "4.9761", "RON:2026-04": "4.9803", "RSD:2026-03": "117.1" };
const book = (currency: string, at: Date) => {
  const rate = RATES[`${currency}:${at.toISOString().slice(0, 7)}`];
  return rate ? d(rate) : undefined;
};

describe("conversion to the project's currency", () => {
  it("divides by the rate of the month and rounds half-up to the cent once", () => {
    const result = convert(d("1000.00"), "RON", "EUR", [month("2026-03")], book) as Conversion;
    // 1000 / 4.9761 = 200.96020... → 200.96
    expect(result.converted.toFixed(2)).toBe("200.96");
    expect(result.rate.toFixed(4)).toBe("4.9761");
    expect(result.rateMonth).toEqual(month("2026-03"));
    expect(result.isAverage).toBe(false);
    // A tie rounds up, not to even: 2.5 / 100 = 0.025 → 0.03 (banker's rounding would give 0.02).
    const tie = convert(d("2.50"), "RON", "EUR", [month("2026-03")], () => d("100")) as Conversion;
    expect(tie.converted.toFixed(2)).toBe("0.03");
  });

  it("averages the monthly rates of the period under the Horizon rule", () => {
    const result = convert(d("1000.00"), "RON", "EUR", [month("2026-03"), month("2026-04")], book) as Conversion;
    expect(result.rate.toFixed(4)).toBe("4.9782");
    expect(result.isAverage).toBe(true);
    expect(result.converted.toFixed(2)).toBe("200.88");
  });

  it("names the currency and month of a missing rate instead of guessing", () => {
    const result = convert(d("10"), "RON", "EUR", [month("2026-03"), month("2026-05")], book);
    expect(isMissingRate(result)).toBe(true);
    expect(result).toEqual({ currency: "RON", month: month("2026-05") });
  });

  it("needs no rate in the project's own currency, and crosses through the euro for another", () => {
    expect((convert(d("12.34"), "EUR", "EUR", [month("2026-03")], book) as Conversion).converted.toFixed(2)).toBe(
      "12.34",
    );
    // A project in RON paying in RSD: 117.1 RSD per EUR over 4.9761 RON per EUR.
    const cross = convert(d("1171.00"), "RSD", "RON", [month("2026-03")], book) as Conversion;
    expect(cross.rate.toFixed(6)).toBe("23.532485");
    expect(cross.converted.toFixed(2)).toBe("49.76");
  });

  it("takes the submission month, or every month of the period", () => {
    const facts = {
      submittedAt: new Date("2026-03-17T10:00:00Z"),
      projectStart: month("2025-11"),
      startMonth: 4,
      endMonth: 6,
    };
    expect(rateMonths("SUBMISSION_MONTH", facts)).toEqual([month("2026-03")]);
    expect(rateMonths("PERIOD_AVERAGE", facts)).toEqual([month("2026-02"), month("2026-03"), month("2026-04")]);
  });

  it("computes a flat rate of staff costs half-up to the cent", () => {
    expect(flatRateAmount(d("1000.10"), d("15")).toFixed(2)).toBe("150.02");
    expect(flatRateAmount(d("0.10"), d("15")).toFixed(2)).toBe("0.02");
  });
});
