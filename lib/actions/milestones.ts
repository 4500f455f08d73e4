"use server";

import { deleteMilestone, saveMilestone } from "@/lib/dal/milestones";
import { ZDeleteProjectItemInput, ZSaveMilestoneInput } from "@/lib/validation/work-plan";
import { authedAction } from "./builder";

export const saveMilestoneAction = authedAction("saveMilestoneAction", ZSaveMilestoneInput, (input, { user }) =>
  saveMilestone(user, input),
);
export const deleteMilestoneAction = authedAction("deleteMilestoneAction", ZDeleteProjectItemInput, (input, { user }) =>
  deleteMilestone(user, input),
);
