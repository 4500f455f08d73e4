"use server";

import { importExpenditureItems, planExpenditureImport } from "@/lib/dal/expenditure-import";
import { translatorFor } from "@/lib/i18n/messages";
import { requestLocale, requestWording } from "@/lib/i18n/request-locale";
import { ZImportExpenditureInput } from "@/lib/validation/expenditure";
import { authedAction } from "./builder";

/** What importing the spreadsheet would add, and every problem by line and column: nothing is written. */
export const previewExpenditureImportAction = authedAction(
  "previewExpenditureImportAction",
  ZImportExpenditureInput,
  async (input, { user }) => {
    const plan = await planExpenditureImport(user, input);
    const [word, t] = [await requestWording(), translatorFor(await requestLocale())];
    return {
      currency: plan.currency,
      items: plan.items.map(({ line, data, conversion }) => ({
        line,
        category: data.category,
        description: data.description,
        invoiceDate: data.invoiceDate,
        amount: data.amount,
        currency: data.currency,
        rate: conversion.rate.toString(),
        converted: conversion.converted.toFixed(2),
      })),
      // Columns by the names the template gives them in the reader's language.
      problems: plan.problems.map(({ line, column, message }) => ({
        line,
        column: column ? t(`Expenditure.${column}`) : null,
        message: word(message),
      })),
    };
  },
);

/** Adds the spreadsheet's items in one transaction, or nothing when any line has a problem. */
export const importExpenditureAction = authedAction(
  "importExpenditureAction",
  ZImportExpenditureInput,
  (input, { user }) => importExpenditureItems(user, input),
);
