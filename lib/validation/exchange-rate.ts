import { z } from "zod";
import { messageText } from "@/lib/i18n/message";
import { zCurrency, zSpreadsheetFile } from "./common";

/** A month from an <input type="month"> ("2026-12"), as its first day at midnight UTC. */
export const zMonthOfYear = z
  .string({ error: messageText("chooseRateMonth") })
  .trim()
  .regex(/^(199\d|20\d\d|2100)-(0[1-9]|1[0-2])$/, messageText("chooseRateMonth"))
  .transform((value) => new Date(`${value}-01T00:00:00Z`));

/** Units of a currency per 1 EUR: above zero, up to six decimals, as InforEuro publishes them. */
export const zRate = z
  .union([z.string(), z.number()])
  .transform((value) => String(value).trim().replace(",", "."))
  .pipe(
    z
      .string()
      .regex(/^\d{1,9}(\.\d{1,6})?$/, messageText("enterRate"))
      .refine((value) => /[1-9]/.test(value), messageText("enterRate")),
  );

const zForeignCurrency = zCurrency.refine((code) => code !== "EUR", messageText("rateOfEuro"));

export const ZSaveExchangeRateInput = z.object({ currency: zForeignCurrency, month: zMonthOfYear, rate: zRate });
export type TSaveExchangeRateInput = z.input<typeof ZSaveExchangeRateInput>;

/** A rate file: InforEuro's monthly file (its month chosen in the form) or a plain `month,currency,rate` CSV. */
export const ZImportExchangeRatesInput = z.object({
  file: zSpreadsheetFile,
  month: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || null)
    .pipe(z.union([z.null(), zMonthOfYear])),
});
export type TImportExchangeRatesInput = z.input<typeof ZImportExchangeRatesInput>;
