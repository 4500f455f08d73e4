import { z } from "zod";
import { ExchangeRateRule } from "@/generated/prisma/enums";
import { messageText } from "@/lib/i18n/message";
import { zCalendarDate, zCurrency, zId, zOptionalMoney, zOptionalText, zText } from "./common";

export const ZSaveProgrammeInput = z.object({
  id: z.string().max(64).optional(),
  code: zText("aCode", 40).pipe(
    z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, messageText("programmeCodeCharacters")),
  ),
  name: zText("aName", 200),
  description: zOptionalText("theDescription", 2000),
  managedBy: zOptionalText("theManagingBody", 200),
  currency: zCurrency,
  /** Which monthly rate converts partners' expenditure in another currency. */
  exchangeRateRule: z.enum(ExchangeRateRule).default("SUBMISSION_MONTH"),
});
export type TSaveProgrammeInput = z.input<typeof ZSaveProgrammeInput>;

export const ZSaveCallInput = z
  .object({
    id: z.string().max(64).optional(),
    programmeId: zId("chooseProgramme"),
    identifier: zText("theCallIdentifier", 80),
    title: zText("aTitle", 300),
    opensOn: zCalendarDate("theOpeningDate"),
    closesOn: zCalendarDate("theClosingDate"),
    budget: zOptionalMoney("theBudget"),
  })
  .refine((call) => call.closesOn >= call.opensOn, {
    path: ["closesOn"],
    message: messageText("callClosesBeforeOpening"),
  });
export type TSaveCallInput = z.input<typeof ZSaveCallInput>;
