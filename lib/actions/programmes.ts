"use server";

import { archiveProgramme, saveProgramme } from "@/lib/dal/programmes";
import { ZByIdInput } from "@/lib/validation/common";
import { ZSaveProgrammeInput } from "@/lib/validation/programme";
import { authedAction } from "./builder";

export const saveProgrammeAction = authedAction("saveProgrammeAction", ZSaveProgrammeInput, (input, { user }) =>
  saveProgramme(user, input),
);

export const archiveProgrammeAction = authedAction("archiveProgrammeAction", ZByIdInput, ({ id }, { user }) =>
  archiveProgramme(user, id),
);
