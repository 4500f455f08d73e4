import { z } from "zod";
import { DeliverableType, DisseminationLevel } from "@/generated/prisma/enums";
import { messageText } from "@/lib/i18n/message";
import { zId, zMonth, zOptionalId, zOptionalText, zText, zWholeNumber } from "./common";

const endAfterStart = <T extends { startMonth: number; endMonth: number }>(value: T) =>
  value.endMonth >= value.startMonth;
const END_BEFORE_START = { path: ["endMonth"], message: messageText("endBeforeStart") };

export const ZSaveReportingPeriodInput = z
  .object({
    projectId: zId(),
    id: z.string().max(64).optional(),
    startMonth: zMonth("theStartMonth"),
    endMonth: zMonth("theEndMonth"),
  })
  .refine(endAfterStart, END_BEFORE_START);
export type TSaveReportingPeriodInput = z.input<typeof ZSaveReportingPeriodInput>;

export const ZSaveWorkPackageInput = z
  .object({
    projectId: zId(),
    id: z.string().max(64).optional(),
    number: zWholeNumber("theWorkPackageNumber", 1, 99),
    title: zText("aTitle", 200),
    objective: zOptionalText("theObjective", 2000),
    leadPartnerId: zOptionalId,
    startMonth: zMonth("theStartMonth"),
    endMonth: zMonth("theEndMonth"),
  })
  .refine(endAfterStart, END_BEFORE_START);
export type TSaveWorkPackageInput = z.input<typeof ZSaveWorkPackageInput>;

/** D<WP>.<n>, such as D4.2. */
export const DELIVERABLE_NUMBER = /^D(\d{1,2})\.(\d{1,2})$/;

export const ZSaveDeliverableInput = z.object({
  projectId: zId(),
  id: z.string().max(64).optional(),
  workPackageId: zId("chooseWorkPackage"),
  number: zText("aNumber", 8)
    .transform((value) => value.toUpperCase().replace(/\s/g, ""))
    .pipe(z.string().regex(DELIVERABLE_NUMBER, messageText("deliverableNumberFormat"))),
  title: zText("aTitle", 300),
  description: zOptionalText("theDescription", 4000),
  responsiblePartnerId: zId("chooseResponsiblePartner"),
  type: z.enum(DeliverableType, { error: messageText("chooseType") }),
  dissemination: z.enum(DisseminationLevel, { error: messageText("chooseDissemination") }),
  dueMonth: zMonth("theDueMonth"),
  /** On edits: the version the user saw, so that two people editing at once never overwrite each other. */
  version: z.coerce.number().int().min(1).optional(),
});
export type TSaveDeliverableInput = z.input<typeof ZSaveDeliverableInput>;

export const ZSaveMilestoneInput = z.object({
  projectId: zId(),
  id: z.string().max(64).optional(),
  number: zWholeNumber("theMilestoneNumber", 1, 99),
  title: zText("aTitle", 300),
  workPackageId: zOptionalId,
  dueMonth: zMonth("theDueMonth"),
  meansOfVerification: zOptionalText("theMeansOfVerification", 1000),
});
export type TSaveMilestoneInput = z.input<typeof ZSaveMilestoneInput>;

export const ZDeleteProjectItemInput = z.object({ projectId: zId(), id: zId() });
