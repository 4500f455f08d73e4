"use server";

import { createProject, updateProject } from "@/lib/dal/projects";
import { ZCreateProjectInput, ZUpdateProjectInput } from "@/lib/validation/project";
import { authedAction } from "./builder";

export const createProjectAction = authedAction("createProjectAction", ZCreateProjectInput, (input, { user }) =>
  createProject(user, input),
);

export const updateProjectAction = authedAction("updateProjectAction", ZUpdateProjectInput, (input, { user }) =>
  updateProject(user, input),
);
