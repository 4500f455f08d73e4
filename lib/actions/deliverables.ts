"use server";

import {
  addDeliverableComment,
  bulkChangeDeliverableStatus,
  changeDeliverableStatus,
  deleteDeliverable,
  saveDeliverable,
} from "@/lib/dal/deliverables";
import {
  ZAddDeliverableCommentInput,
  ZBulkChangeStatusInput,
  ZChangeDeliverableStatusInput,
} from "@/lib/validation/deliverable";
import { ZDeleteProjectItemInput, ZSaveDeliverableInput } from "@/lib/validation/work-plan";
import { authedAction } from "./builder";

export const changeDeliverableStatusAction = authedAction(
  "changeDeliverableStatusAction",
  ZChangeDeliverableStatusInput,
  (input, { user }) => changeDeliverableStatus(user, input),
);

export const bulkChangeDeliverableStatusAction = authedAction(
  "bulkChangeDeliverableStatusAction",
  ZBulkChangeStatusInput,
  (input, { user }) => bulkChangeDeliverableStatus(user, input),
);

export const addDeliverableCommentAction = authedAction(
  "addDeliverableCommentAction",
  ZAddDeliverableCommentInput,
  (input, { user }) => addDeliverableComment(user, input),
);

export const saveDeliverableAction = authedAction("saveDeliverableAction", ZSaveDeliverableInput, (input, { user }) =>
  saveDeliverable(user, input),
);
export const deleteDeliverableAction = authedAction(
  "deleteDeliverableAction",
  ZDeleteProjectItemInput,
  (input, { user }) => deleteDeliverable(user, input),
);
