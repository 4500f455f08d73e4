import { describe, expect, it } from "vitest";
import { CostCategory } from "@/generated/prisma/enums";
import { inEnglish } from "@/lib/errors";
import { zChoice, zMonth } from "./common";

const messagesOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => inEnglish(issue.message)) ?? [];

describe("form values as forms hold them", () => {
  it("reads a month from a number or the text of a number input, and names the field when it is empty", () => {
    const month = zMonth("theDueMonth");
    expect(month.parse(6)).toBe(6);
    expect(month.parse(" 12 ")).toBe(12);
    expect(messagesOf(month.safeParse(""))).toEqual(["Enter the due month as a month number, such as 6 for M6."]);
    expect(messagesOf(month.safeParse("six"))).toEqual(["Enter the due month as a month number, such as 6 for M6."]);
    expect(messagesOf(month.safeParse(null))).toEqual(["Enter the due month as a month number, such as 6 for M6."]);
    expect(messagesOf(month.safeParse("2.5"))).toEqual(["The due month is a whole month number."]);
    expect(messagesOf(month.safeParse("0"))).toEqual(["The due month is M1 or later."]);
  });

  it("takes a select's empty option as not chosen yet, and only the enum's values as chosen", () => {
    const category = zChoice(CostCategory, "chooseCostCategory");
    expect(category.parse("STAFF")).toBe("STAFF");
    expect(messagesOf(category.safeParse(""))).toEqual(["Choose a cost category."]);
    expect(messagesOf(category.safeParse("LUNCH"))).toEqual(["Choose a cost category."]);
    expect(messagesOf(category.safeParse(undefined))).toEqual(["Choose a cost category."]);
  });
});
