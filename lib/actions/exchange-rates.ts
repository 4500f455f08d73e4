"use server";

import { saveExchangeRate } from "@/lib/dal/exchange-rates";
import { ZSaveExchangeRateInput } from "@/lib/validation/exchange-rate";
import { authedAction } from "./builder";

export const saveExchangeRateAction = authedAction(
  "saveExchangeRateAction",
  ZSaveExchangeRateInput,
  (input, { user }) => saveExchangeRate(user, input),
);
