import { z } from "zod";
import { zCalendarDate, zCurrency, zId, zOptionalMoney, zOptionalText, zText } from "./common";

export const ZSaveProgrammeInput = z.object({
  id: z.string().max(64).optional(),
  code: zText("a code", 40).pipe(
    z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "Use letters, digits, dots, dashes and underscores, such as DRS-START."),
  ),
  name: zText("a name", 200),
  description: zOptionalText("the description", 2000),
  managedBy: zOptionalText("the managing body", 200),
  currency: zCurrency,
});
export type TSaveProgrammeInput = z.input<typeof ZSaveProgrammeInput>;

export const ZSaveCallInput = z
  .object({
    id: z.string().max(64).optional(),
    programmeId: zId("Choose a programme."),
    identifier: zText("the call identifier", 80),
    title: zText("a title", 300),
    opensOn: zCalendarDate("the opening date"),
    closesOn: zCalendarDate("the closing date"),
    budget: zOptionalMoney("the budget"),
  })
  .refine((call) => call.closesOn >= call.opensOn, {
    path: ["closesOn"],
    message: "The call closes on or after the day it opens.",
  });
export type TSaveCallInput = z.input<typeof ZSaveCallInput>;
