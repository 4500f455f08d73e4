"use server";

import { deletePayment, saveBudgetLine, savePayment } from "@/lib/dal/budget";
import { ZSaveBudgetLineInput, ZSavePaymentInput } from "@/lib/validation/budget";
import { ZDeleteProjectItemInput } from "@/lib/validation/work-plan";
import { authedAction } from "./builder";

export const saveBudgetLineAction = authedAction("saveBudgetLineAction", ZSaveBudgetLineInput, (input, { user }) =>
  saveBudgetLine(user, input),
);

export const savePaymentAction = authedAction("savePaymentAction", ZSavePaymentInput, (input, { user }) =>
  savePayment(user, input),
);

export const deletePaymentAction = authedAction("deletePaymentAction", ZDeleteProjectItemInput, (input, { user }) =>
  deletePayment(user, input),
);
