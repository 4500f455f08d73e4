import { z } from "zod";
import { CostCategory, PaymentKind } from "@/generated/prisma/enums";
import { messageText } from "@/lib/i18n/message";
import {
  zCalendarDate,
  zChoice,
  zId,
  zMoney,
  zOptionalCalendarDate,
  zOptionalId,
  zOptionalMoney,
  zOptionalText,
} from "./common";

export const ZSaveBudgetLineInput = z.object({
  projectId: zId(),
  partnerId: zId("choosePartner"),
  periodId: zId("choosePeriod"),
  category: zChoice(CostCategory, "chooseCostCategory"),
  amount: zMoney("theAmount"),
  /** The version the user saw of an existing line; absent for a new one. */
  version: z.coerce.number().int().min(1).optional(),
});
export type TSaveBudgetLineInput = z.input<typeof ZSaveBudgetLineInput>;

export const ZSavePaymentInput = z
  .object({
    projectId: zId(),
    id: z.string().max(64).optional(),
    version: z.coerce.number().int().min(1).optional(),
    kind: z.enum(PaymentKind, { error: messageText("choosePaymentKind") }),
    periodId: zOptionalId,
    plannedDate: zCalendarDate("thePlannedDate"),
    plannedAmount: zMoney("thePlannedAmount"),
    receivedDate: zOptionalCalendarDate("theDateReceived"),
    receivedAmount: zOptionalMoney("theAmountReceived"),
    note: zOptionalText("theNote", 1000),
  })
  .refine((payment) => Boolean(payment.receivedDate) === Boolean(payment.receivedAmount), {
    path: ["receivedAmount"],
    message: messageText("receivedBothOrNeither"),
  });
export type TSavePaymentInput = z.input<typeof ZSavePaymentInput>;
