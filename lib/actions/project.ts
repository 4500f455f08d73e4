"use server";

import { createProject, removePartner, savePartner, updateProject } from "@/lib/dal/project-admin";
import {
  ZCreateProjectInput,
  ZRemovePartnerInput,
  ZSavePartnerInput,
  ZUpdateProjectInput,
} from "@/lib/validation/project";
import { authedAction } from "./builder";

export const createProjectAction = authedAction("createProjectAction", ZCreateProjectInput, (input, { user }) =>
  createProject(user, input),
);

export const updateProjectAction = authedAction("updateProjectAction", ZUpdateProjectInput, (input, { user }) =>
  updateProject(user, input),
);

export const savePartnerAction = authedAction("savePartnerAction", ZSavePartnerInput, async (input, { user }) => ({
  ...(await savePartner(user, input)),
  projectId: input.projectId,
}));

export const removePartnerAction = authedAction("removePartnerAction", ZRemovePartnerInput, (input, { user }) =>
  removePartner(user, input),
);
