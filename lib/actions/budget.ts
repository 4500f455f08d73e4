"use server";

import { saveBudgetLine } from "@/lib/dal/budget";
import { ZSaveBudgetLineInput } from "@/lib/validation/budget";
import { authedAction } from "./builder";

export const saveBudgetLineAction = authedAction("saveBudgetLineAction", ZSaveBudgetLineInput, (input, { user }) =>
  saveBudgetLine(user, input),
);
