"use server";

import { deleteWorkPackage, saveWorkPackage } from "@/lib/dal/work-packages";
import { ZDeleteProjectItemInput, ZSaveWorkPackageInput } from "@/lib/validation/work-plan";
import { authedAction } from "./builder";

export const saveWorkPackageAction = authedAction("saveWorkPackageAction", ZSaveWorkPackageInput, (input, { user }) =>
  saveWorkPackage(user, input),
);
export const deleteWorkPackageAction = authedAction(
  "deleteWorkPackageAction",
  ZDeleteProjectItemInput,
  (input, { user }) => deleteWorkPackage(user, input),
);
