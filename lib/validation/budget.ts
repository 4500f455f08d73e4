import { z } from "zod";
import { CostCategory, PaymentKind } from "@/generated/prisma/enums";
import { messageText } from "@/lib/i18n/message";
import { ID_PATTERN } from "./common";
import { optionalFilter, ZPage } from "./list-filters";
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

export const BUDGET_LINES_PAGE_SIZE = 100;

/** The list of a project's budget lines: one partner's or all, a page at a time. */
export const ZBudgetLineFilters = z.object({
  partner: optionalFilter(z.string().regex(ID_PATTERN)),
  page: ZPage,
});
export type TBudgetLineFilters = z.infer<typeof ZBudgetLineFilters>;

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
