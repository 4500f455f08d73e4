"use server";

import { importRates, planRateImport, saveExchangeRate } from "@/lib/dal/exchange-rates";
import { translatorFor } from "@/lib/i18n/messages";
import { requestLocale, requestWording } from "@/lib/i18n/request-locale";
import { ZImportExchangeRatesInput, ZSaveExchangeRateInput } from "@/lib/validation/exchange-rate";
import { authedAction } from "./builder";

export const saveExchangeRateAction = authedAction(
  "saveExchangeRateAction",
  ZSaveExchangeRateInput,
  (input, { user }) => saveExchangeRate(user, input),
);

/** What importing a rate file would do, and every problem by line: nothing is written. */
export const previewRateImportAction = authedAction(
  "previewRateImportAction",
  ZImportExchangeRatesInput,
  async (input, { user }) => {
    const { rates, problems } = await planRateImport(user, input);
    const [word, t] = [await requestWording(), translatorFor(await requestLocale())];
    const columnNames = {
      month: t("ExchangeRates.month"),
      currency: t("ExchangeRates.currency"),
      rate: t("ExchangeRates.rate"),
    };
    return {
      rates: rates.map((row) => ({
        line: row.line,
        currency: row.currency,
        month: row.month.toISOString().slice(0, 7),
        rate: row.rate,
        current: row.current?.toString() ?? null,
        isDemo: row.isDemo,
      })),
      problems: problems.map(({ line, column, message }) => ({
        line,
        column: column ? columnNames[column] : null,
        message: word(message),
      })),
    };
  },
);

/** Imports a rate file in one transaction, or nothing when any line has a problem. */
export const importRatesAction = authedAction("importRatesAction", ZImportExchangeRatesInput, (input, { user }) =>
  importRates(user, input),
);
