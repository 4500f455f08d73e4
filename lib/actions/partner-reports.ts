"use server";

import { changeReportStatus, openPartnerReport, saveReportSummary, submitReport } from "@/lib/dal/partner-reports";
import {
  ZChangeReportStatusInput,
  ZOpenPartnerReportInput,
  ZSaveReportSummaryInput,
} from "@/lib/validation/partner-report";
import { authedAction } from "./builder";

export const openPartnerReportAction = authedAction(
  "openPartnerReportAction",
  ZOpenPartnerReportInput,
  (input, { user }) => openPartnerReport(user, input),
);

export const saveReportSummaryAction = authedAction(
  "saveReportSummaryAction",
  ZSaveReportSummaryInput,
  (input, { user }) => saveReportSummary(user, input),
);

/** The report form's "Submit": the summary as typed and the submission, together. */
export const submitReportAction = authedAction("submitReportAction", ZSaveReportSummaryInput, (input, { user }) =>
  submitReport(user, input),
);

export const changeReportStatusAction = authedAction(
  "changeReportStatusAction",
  ZChangeReportStatusInput,
  (input, { user }) => changeReportStatus(user, input),
);
