import { z } from "zod";
import { CostCategory, PaymentKind } from "@/generated/prisma/enums";
import { zCalendarDate, zChoice, zId, zMoney, zOptionalId, zOptionalMoney, zOptionalText } from "./common";

export const ZSaveBudgetLineInput = z.object({
  projectId: zId(),
  partnerId: zId("Choose a partner."),
  periodId: zId("Choose a reporting period."),
  category: zChoice(CostCategory, "Choose a cost category."),
  amount: zMoney("the amount"),
  /** The version the user saw of an existing line; absent for a new one. */
  version: z.coerce.number().int().min(1).optional(),
});
export type TSaveBudgetLineInput = z.input<typeof ZSaveBudgetLineInput>;

const zOptionalDate = (label: string) =>
  z
    .string()
    .trim()
    .optional()
    .nullable()
    .transform((value) => value || null)
    .pipe(z.union([z.null(), zCalendarDate(label)]));

export const ZSavePaymentInput = z
  .object({
    projectId: zId(),
    id: z.string().max(64).optional(),
    version: z.coerce.number().int().min(1).optional(),
    kind: z.enum(PaymentKind, { error: "Choose the kind of payment." }),
    periodId: zOptionalId,
    plannedDate: zCalendarDate("the planned date"),
    plannedAmount: zMoney("the planned amount"),
    receivedDate: zOptionalDate("the date received"),
    receivedAmount: zOptionalMoney("the amount received"),
    note: zOptionalText("the note", 1000),
  })
  .refine((payment) => Boolean(payment.receivedDate) === Boolean(payment.receivedAmount), {
    path: ["receivedAmount"],
    message: "Give both the date and the amount received, or neither.",
  });
export type TSavePaymentInput = z.input<typeof ZSavePaymentInput>;
