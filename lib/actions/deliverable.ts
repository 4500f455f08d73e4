"use server";

import { addDeliverableComment, bulkChangeDeliverableStatus, changeDeliverableStatus } from "@/lib/dal/deliverables";
import { ZAddDeliverableCommentInput, ZBulkChangeStatusInput, ZChangeDeliverableStatusInput } from "@/lib/validation/deliverable";
import { authedAction } from "./builder";

export const changeDeliverableStatusAction = authedAction(ZChangeDeliverableStatusInput, (input, { user }) =>
  changeDeliverableStatus(user, input),
);

export const bulkChangeDeliverableStatusAction = authedAction(ZBulkChangeStatusInput, (input, { user }) =>
  bulkChangeDeliverableStatus(user, input),
);

export const addDeliverableCommentAction = authedAction(ZAddDeliverableCommentInput, (input, { user }) =>
  addDeliverableComment(user, input),
);
