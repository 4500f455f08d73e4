import { z } from "zod";
import { PartnerRole, ProjectStatus } from "@/generated/prisma/enums";
import { zCalendarDate, zCurrency, zId, zMoney, zOptionalId, zOptionalText, zText, zWholeNumber } from "./common";

/** The co-financing rate as the form shows it: a percentage with up to two decimals. */
const zPercent = z
  .union([z.string(), z.number()])
  .transform((value) => String(value).trim().replace(",", "."))
  .pipe(
    z
      .string()
      .min(1, "Enter the co-financing rate.")
      .regex(/^\d{1,3}(\.\d{1,2})?$/, "Enter the co-financing rate as a percentage such as 85."),
  )
  .refine((value) => Number(value) <= 100, "The co-financing rate is at most 100 %.");

/** What a project's acronym may hold; imports check it too. */
export const ACRONYM_PATTERN = /^[\p{Letter}\p{Number}][\p{Letter}\p{Number} ._&-]*$/u;
export const ACRONYM_MAX = 30;
export const TITLE_MAX = 300;

const projectFields = {
  acronym: zText("an acronym", ACRONYM_MAX).pipe(
    z.string().regex(ACRONYM_PATTERN, "Use letters, digits, spaces, dots, dashes and &."),
  ),
  title: zText("a title", TITLE_MAX),
  summary: zOptionalText("the summary", 4000),
  programmeId: zId("Choose a funding programme."),
  callId: zOptionalId,
  startDate: zCalendarDate("the start date"),
  durationMonths: zWholeNumber("the duration in months", 1, 120),
  status: z.enum(ProjectStatus, { error: "Choose a status." }),
  currency: zCurrency,
  totalCost: zMoney("the total cost"),
  grantAmount: zMoney("the grant"),
  cofinancingRatePercent: zPercent,
  grantAgreementNumber: zOptionalText("the grant agreement number", 60),
  /** The user who leads the project (a PROJECT_LEAD account). */
  leadUserId: zOptionalId,
};

export const ZPartnerRow = z.object({
  organisationId: zId("Choose an organisation."),
  role: z.enum(PartnerRole, { error: "Choose a role." }),
  budgetAmount: zMoney("the budget share"),
});

export const ZCreateProjectInput = z
  .object({ ...projectFields, partners: z.array(ZPartnerRow).max(100, "A project has at most 100 partners.") })
  .superRefine((project, context) => {
    const leads = project.partners.filter((partner) => partner.role === "LEAD_PARTNER").length;
    if (leads !== 1) {
      context.addIssue({
        code: "custom",
        path: ["partners"],
        message:
          leads === 0 ? "Choose a lead partner: a project has exactly one." : "A project has exactly one lead partner.",
      });
    }
    const seen = new Set<string>();
    project.partners.forEach((partner, index) => {
      if (seen.has(partner.organisationId)) {
        context.addIssue({
          code: "custom",
          path: ["partners", index, "organisationId"],
          message: "This organisation is already a partner.",
        });
      }
      seen.add(partner.organisationId);
    });
  });
export type TCreateProjectInput = z.input<typeof ZCreateProjectInput>;

export const ZUpdateProjectInput = z.object({ ...projectFields, id: zId(), version: z.coerce.number().int().min(1) });
export type TUpdateProjectInput = z.input<typeof ZUpdateProjectInput>;

export const ZSavePartnerInput = ZPartnerRow.extend({ projectId: zId(), id: z.string().max(64).optional() });
export type TSavePartnerInput = z.input<typeof ZSavePartnerInput>;

export const ZRemovePartnerInput = z.object({ projectId: zId(), id: zId() });
