"use server";

import { deletePayment, savePayment } from "@/lib/dal/payments";
import { ZSavePaymentInput } from "@/lib/validation/budget";
import { ZDeleteProjectItemInput } from "@/lib/validation/work-plan";
import { authedAction } from "./builder";

export const savePaymentAction = authedAction("savePaymentAction", ZSavePaymentInput, (input, { user }) =>
  savePayment(user, input),
);

export const deletePaymentAction = authedAction("deletePaymentAction", ZDeleteProjectItemInput, (input, { user }) =>
  deletePayment(user, input),
);
