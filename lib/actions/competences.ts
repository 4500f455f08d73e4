"use server";

import { deleteCompetence, saveCompetence, saveCompetenceProfile } from "@/lib/dal/competences";
import { ZByIdInput } from "@/lib/validation/common";
import { ZSaveCompetenceInput, ZSaveCompetenceProfileInput } from "@/lib/validation/competence";
import { authedAction } from "./builder";

export const saveCompetenceAction = authedAction("saveCompetenceAction", ZSaveCompetenceInput, (input, { user }) =>
  saveCompetence(user, input),
);

export const deleteCompetenceAction = authedAction("deleteCompetenceAction", ZByIdInput, ({ id }, { user }) =>
  deleteCompetence(user, id),
);

export const saveCompetenceProfileAction = authedAction(
  "saveCompetenceProfileAction",
  ZSaveCompetenceProfileInput,
  (input, { user }) => saveCompetenceProfile(user, input),
);
