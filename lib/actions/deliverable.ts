"use server";

import { addDeliverableComment, bulkChangeDeliverableStatus, changeDeliverableStatus } from "@/lib/dal/deliverables";
import {
  ZAddDeliverableCommentInput,
  ZBulkChangeStatusInput,
  ZChangeDeliverableStatusInput,
} from "@/lib/validation/deliverable";
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
