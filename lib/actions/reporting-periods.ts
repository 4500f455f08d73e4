"use server";

import { deleteReportingPeriod, saveReportingPeriod } from "@/lib/dal/reporting-periods";
import { ZDeleteProjectItemInput, ZSaveReportingPeriodInput } from "@/lib/validation/work-plan";
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
