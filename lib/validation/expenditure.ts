import { z } from "zod";
import { CostCategory } from "@/generated/prisma/enums";
import { messageText, term, type TermKey } from "@/lib/i18n/message";
import {
  zCalendarDate,
  zChoice,
  zCurrency,
  zId,
  zMoney,
  zOptionalCalendarDate,
  zOptionalText,
  zSpreadsheetFile,
  zText,
} from "./common";

/** The largest amount of one expenditure item: 10^12 in any currency. */
export const MAX_ITEM_AMOUNT = 1_000_000_000_000;

/** An amount above zero and at most 10^12, with at most two decimals, typed in the reader's convention. */
const zPositiveAmount = (label: TermKey) =>
  zMoney(label)
    .refine((value) => /[1-9]/.test(value), messageText("amountNotPositive", { Field: term(label, true) }))
    .refine(
      (value) => Number(value) <= MAX_ITEM_AMOUNT,
      messageText("amountTooLarge", { Field: term(label, true), max: "1 000 000 000 000" }),
    );

export const ZSaveExpenditureItemInput = z.object({
  projectId: zId(),
  reportId: zId(),
  /** Absent for a new item. */
  id: z.string().max(64).optional(),
  version: z.coerce.number().int().min(1).optional(),
  category: zChoice(CostCategory, "chooseCostCategory"),
  description: zText("theDescription", 500),
  supplier: zOptionalText("theSupplier", 200),
  invoiceNumber: zOptionalText("theInvoiceNumber", 100),
  invoiceDate: zCalendarDate("theInvoiceDate"),
  paymentDate: zOptionalCalendarDate("thePaymentDate"),
  amount: zPositiveAmount("theAmount"),
  currency: zCurrency,
});
export type TSaveExpenditureItemInput = z.input<typeof ZSaveExpenditureItemInput>;

export const ZDeleteExpenditureItemInput = z.object({ projectId: zId(), id: zId() });

/** The lead's check of one item: what is accepted of its converted amount, and why less. */
export const ZAcceptExpenditureInput = z.object({
  projectId: zId(),
  id: zId(),
  version: z.coerce.number().int().min(1),
  acceptedAmount: zMoney("theAcceptedAmount"),
  deductionReason: zOptionalText("theReason", 1000),
});
export type TAcceptExpenditureInput = z.input<typeof ZAcceptExpenditureInput>;

export const ZImportExpenditureInput = z.object({ projectId: zId(), reportId: zId(), file: zSpreadsheetFile });
export type TImportExpenditureInput = z.input<typeof ZImportExpenditureInput>;
