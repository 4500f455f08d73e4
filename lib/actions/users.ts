"use server";

import { setUserActive } from "@/lib/dal/users";
import { ZSetUserActiveInput } from "@/lib/validation/user";
import { authedAction } from "./builder";

export const setUserActiveAction = authedAction("setUserActiveAction", ZSetUserActiveInput, (input, { user }) =>
  setUserActive(user, input),
);
