"use server";

import { archiveCall, saveCall } from "@/lib/dal/calls";
import { ZByIdInput } from "@/lib/validation/common";
import { ZSaveCallInput } from "@/lib/validation/programme";
import { authedAction } from "./builder";

export const saveCallAction = authedAction("saveCallAction", ZSaveCallInput, (input, { user }) =>
  saveCall(user, input),
);

export const archiveCallAction = authedAction("archiveCallAction", ZByIdInput, ({ id }, { user }) =>
  archiveCall(user, id),
);
