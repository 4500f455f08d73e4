import { z } from "zod";
import { PartnerReportStatus } from "@/generated/prisma/enums";
import { zId, zOptionalText } from "./common";

export const ZOpenPartnerReportInput = z.object({ projectId: zId(), periodId: zId(), partnerId: zId() });

export const ZSaveReportSummaryInput = z.object({
  projectId: zId(),
  reportId: zId(),
  summary: zOptionalText("theSummary", 8000),
});
export type TSaveReportSummaryInput = z.input<typeof ZSaveReportSummaryInput>;

export const ZChangeReportStatusInput = z.object({
  projectId: zId(),
  reportId: zId(),
  toStatus: z.enum(PartnerReportStatus),
  comment: zOptionalText("theComment", 4000),
});
export type TChangeReportStatusInput = z.input<typeof ZChangeReportStatusInput>;
