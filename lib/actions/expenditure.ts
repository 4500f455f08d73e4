"use server";

import { acceptExpenditure, deleteExpenditureItem, saveExpenditureItem } from "@/lib/dal/expenditure";
import {
  ZAcceptExpenditureInput,
  ZDeleteExpenditureItemInput,
  ZSaveExpenditureItemInput,
} from "@/lib/validation/expenditure";
import { authedAction } from "./builder";

export const saveExpenditureItemAction = authedAction(
  "saveExpenditureItemAction",
  ZSaveExpenditureItemInput,
  (input, { user }) => saveExpenditureItem(user, input),
);

export const deleteExpenditureItemAction = authedAction(
  "deleteExpenditureItemAction",
  ZDeleteExpenditureItemInput,
  (input, { user }) => deleteExpenditureItem(user, input),
);

/** The lead's check of one item of a submitted report. */
export const acceptExpenditureAction = authedAction(
  "acceptExpenditureAction",
  ZAcceptExpenditureInput,
  (input, { user }) => acceptExpenditure(user, input),
);
