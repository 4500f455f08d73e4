"use server";

import { archiveCall, archiveProgramme, saveCall, saveProgramme } from "@/lib/dal/programmes";
import { ZByIdInput } from "@/lib/validation/common";
import { ZSaveCallInput, ZSaveProgrammeInput } from "@/lib/validation/programme";
import { authedAction } from "./builder";

export const saveProgrammeAction = authedAction("saveProgrammeAction", ZSaveProgrammeInput, (input, { user }) =>
  saveProgramme(user, input),
);

export const archiveProgrammeAction = authedAction("archiveProgrammeAction", ZByIdInput, ({ id }, { user }) =>
  archiveProgramme(user, id),
);

export const saveCallAction = authedAction("saveCallAction", ZSaveCallInput, (input, { user }) =>
  saveCall(user, input),
);

export const archiveCallAction = authedAction("archiveCallAction", ZByIdInput, ({ id }, { user }) =>
  archiveCall(user, id),
);
