"use server";

import {
  deleteDeliverable,
  deleteMilestone,
  deleteReportingPeriod,
  deleteWorkPackage,
  saveDeliverable,
  saveMilestone,
  saveReportingPeriod,
  saveWorkPackage,
} from "@/lib/dal/work-plan";
import {
  ZDeleteProjectItemInput,
  ZSaveDeliverableInput,
  ZSaveMilestoneInput,
  ZSaveReportingPeriodInput,
  ZSaveWorkPackageInput,
} from "@/lib/validation/work-plan";
import { authedAction } from "./builder";

export const saveReportingPeriodAction = authedAction(
  "saveReportingPeriodAction",
  ZSaveReportingPeriodInput,
  (input, { user }) => saveReportingPeriod(user, input),
);
export const deleteReportingPeriodAction = authedAction(
  "deleteReportingPeriodAction",
  ZDeleteProjectItemInput,
  (input, { user }) => deleteReportingPeriod(user, input),
);

export const saveWorkPackageAction = authedAction("saveWorkPackageAction", ZSaveWorkPackageInput, (input, { user }) =>
  saveWorkPackage(user, input),
);
export const deleteWorkPackageAction = authedAction(
  "deleteWorkPackageAction",
  ZDeleteProjectItemInput,
  (input, { user }) => deleteWorkPackage(user, input),
);

export const saveDeliverableAction = authedAction("saveDeliverableAction", ZSaveDeliverableInput, (input, { user }) =>
  saveDeliverable(user, input),
);
export const deleteDeliverableAction = authedAction(
  "deleteDeliverableAction",
  ZDeleteProjectItemInput,
  (input, { user }) => deleteDeliverable(user, input),
);

export const saveMilestoneAction = authedAction("saveMilestoneAction", ZSaveMilestoneInput, (input, { user }) =>
  saveMilestone(user, input),
);
export const deleteMilestoneAction = authedAction("deleteMilestoneAction", ZDeleteProjectItemInput, (input, { user }) =>
  deleteMilestone(user, input),
);
