"use server";

import { archiveOrganisation, saveOrganisation } from "@/lib/dal/organisations";
import { ZSaveOrganisationInput } from "@/lib/validation/organisation";
import { ZByIdInput } from "@/lib/validation/common";
import { authedAction } from "./builder";

export const saveOrganisationAction = authedAction(
  "saveOrganisationAction",
  ZSaveOrganisationInput,
  (input, { user }) => saveOrganisation(user, input),
);

export const archiveOrganisationAction = authedAction("archiveOrganisationAction", ZByIdInput, ({ id }, { user }) =>
  archiveOrganisation(user, id),
);
