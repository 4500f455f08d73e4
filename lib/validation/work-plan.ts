import { z } from "zod";
import { DeliverableType, DisseminationLevel } from "@/generated/prisma/enums";
import { zId, zMonth, zOptionalId, zOptionalText, zText, zWholeNumber } from "./common";

const endAfterStart = <T extends { startMonth: number; endMonth: number }>(value: T) =>
  value.endMonth >= value.startMonth;
const END_BEFORE_START = { path: ["endMonth"], message: "The end month is on or after the start month." };

export const ZSaveReportingPeriodInput = z
  .object({
    projectId: zId(),
    id: z.string().max(64).optional(),
    startMonth: zMonth("start month"),
    endMonth: zMonth("end month"),
  })
  .refine(endAfterStart, END_BEFORE_START);
export type TSaveReportingPeriodInput = z.input<typeof ZSaveReportingPeriodInput>;

export const ZSaveWorkPackageInput = z
  .object({
    projectId: zId(),
    id: z.string().max(64).optional(),
    number: zWholeNumber("the work package number", 1, 99),
    title: zText("a title", 200),
    objective: zOptionalText("the objective", 2000),
    leadPartnerId: zOptionalId,
    startMonth: zMonth("start month"),
    endMonth: zMonth("end month"),
  })
  .refine(endAfterStart, END_BEFORE_START);
export type TSaveWorkPackageInput = z.input<typeof ZSaveWorkPackageInput>;

/** D<WP>.<n>, such as D4.2. */
export const DELIVERABLE_NUMBER = /^D(\d{1,2})\.(\d{1,2})$/;

export const ZSaveDeliverableInput = z.object({
  projectId: zId(),
  id: z.string().max(64).optional(),
  workPackageId: zId("Choose a work package."),
  number: zText("a number", 8)
    .transform((value) => value.toUpperCase().replace(/\s/g, ""))
    .pipe(z.string().regex(DELIVERABLE_NUMBER, "Number deliverables D<work package>.<n>, such as D2.1.")),
  title: zText("a title", 300),
  description: zOptionalText("the description", 4000),
  responsiblePartnerId: zId("Choose the responsible partner."),
  type: z.enum(DeliverableType, { error: "Choose a type." }),
  dissemination: z.enum(DisseminationLevel, { error: "Choose a dissemination level." }),
  dueMonth: zMonth("due month"),
  /** On edits: the version the user saw, so that two people editing at once never overwrite each other. */
  version: z.coerce.number().int().min(1).optional(),
});
export type TSaveDeliverableInput = z.input<typeof ZSaveDeliverableInput>;

export const ZSaveMilestoneInput = z.object({
  projectId: zId(),
  id: z.string().max(64).optional(),
  number: zWholeNumber("the milestone number", 1, 99),
  title: zText("a title", 300),
  workPackageId: zOptionalId,
  dueMonth: zMonth("due month"),
  meansOfVerification: zOptionalText("the means of verification", 1000),
});
export type TSaveMilestoneInput = z.input<typeof ZSaveMilestoneInput>;

export const ZDeleteProjectItemInput = z.object({ projectId: zId(), id: zId() });
