"use server";

import { removePartner, savePartner } from "@/lib/dal/partners";
import { ZRemovePartnerInput, ZSavePartnerInput } from "@/lib/validation/project";
import { authedAction } from "./builder";

export const savePartnerAction = authedAction("savePartnerAction", ZSavePartnerInput, async (input, { user }) => ({
  ...(await savePartner(user, input)),
  projectId: input.projectId,
}));

export const removePartnerAction = authedAction("removePartnerAction", ZRemovePartnerInput, (input, { user }) =>
  removePartner(user, input),
);
