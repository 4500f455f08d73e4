import { describe, expect, it } from "vitest";
import { decimalConventionOf, normaliseAmount } from "./decimal-input";

const ro = decimalConventionOf("ro");
const en = decimalConventionOf("en");

describe("normaliseAmount", () => {
  it("reads Romanian amounts with a decimal comma and dots between thousands", () => {
    expect(normaliseAmount("1234,56", ro)).toBe("1234.56");
    expect(normaliseAmount("1.234,56", ro)).toBe("1234.56");
    expect(normaliseAmount("1 234 567,5", ro)).toBe("1234567.5");
    expect(normaliseAmount("1.234", ro)).toBe("1234");
    expect(normaliseAmount("1.234.567", ro)).toBe("1234567");
  });

  it("reads English amounts with a decimal point and commas between thousands", () => {
    expect(normaliseAmount("1234.56", en)).toBe("1234.56");
    expect(normaliseAmount("1,234.56", en)).toBe("1234.56");
    expect(normaliseAmount("1,234", en)).toBe("1234");
    expect(normaliseAmount("12,500,000", en)).toBe("12500000");
  });

  it("reads what can only mean one thing in either language", () => {
    for (const convention of [ro, en]) {
      expect(normaliseAmount("12500", convention)).toBe("12500");
      expect(normaliseAmount("1234.5", convention)).toBe("1234.5");
      expect(normaliseAmount("1234,56", convention)).toBe("1234.56");
      expect(normaliseAmount("1.234,56", convention)).toBe("1234.56");
      expect(normaliseAmount("1,234.56", convention)).toBe("1234.56");
    }
  });

  it("turns an ambiguous decimal into three decimals, which the schema refuses, instead of misreading it", () => {
    expect(normaliseAmount("1,234", ro)).toBe("1.234");
    expect(normaliseAmount("1.234", en)).toBe("1.234");
  });

  it("leaves what is not an amount for the schema to refuse", () => {
    expect(normaliseAmount("40%", ro)).toBe("40%");
    expect(normaliseAmount(" 12 abc ", en)).toBe("12abc");
  });
});
