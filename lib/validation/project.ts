import { z } from "zod";
import { PartnerRole, ProjectStatus } from "@/generated/prisma/enums";
import { messageText } from "@/lib/i18n/message";
import {
  ID_PATTERN,
  zCalendarDate,
  zCurrency,
  zId,
  zMoney,
  zOptionalId,
  zOptionalText,
  zText,
  zWholeNumber,
} from "./common";

/** The co-financing rate as the form shows it: a percentage with up to two decimals. */
const zPercent = z
  .union([z.string(), z.number()])
  .transform((value) => String(value).trim().replace(",", "."))
  .pipe(
    z
      .string()
      .min(1, messageText("enterCofinancingRate"))
      .regex(/^\d{1,3}(\.\d{1,2})?$/, messageText("cofinancingRateFormat")),
  )
  .refine((value) => Number(value) <= 100, messageText("cofinancingRateTooHigh"));

/** Office and administration as a flat rate of staff costs, in percent: blank for none (itemised costs). */
const zOptionalFlatRate = z
  .union([z.string(), z.number()])
  .optional()
  .nullable()
  .transform((value) => (value === undefined || value === null ? "" : String(value).trim().replace(",", ".")))
  .pipe(z.union([z.literal(""), z.string().regex(/^\d{1,2}(\.\d{1,2})?$/, messageText("flatRateFormat"))]))
  .refine((value) => value === "" || Number(value) > 0, messageText("flatRateFormat"))
  .transform((value) => value || null);

/** What a project's acronym may hold; imports check it too. */
export const ACRONYM_PATTERN = /^[\p{Letter}\p{Number}][\p{Letter}\p{Number} ._&-]*$/u;
export const ACRONYM_MAX = 30;
export const TITLE_MAX = 300;

const projectFields = {
  acronym: zText("anAcronym", ACRONYM_MAX).pipe(z.string().regex(ACRONYM_PATTERN, messageText("acronymCharacters"))),
  title: zText("aTitle", TITLE_MAX),
  summary: zOptionalText("theSummary", 4000),
  programmeId: zId("chooseFundingProgramme"),
  callId: zOptionalId,
  startDate: zCalendarDate("theStartDate"),
  durationMonths: zWholeNumber("theDurationInMonths", 1, 120),
  status: z.enum(ProjectStatus, { error: messageText("chooseStatus") }),
  currency: zCurrency,
  totalCost: zMoney("theTotalCost"),
  grantAmount: zMoney("theGrant"),
  cofinancingRatePercent: zPercent,
  officeFlatRatePercent: zOptionalFlatRate,
  grantAgreementNumber: zOptionalText("theGrantAgreementNumber", 60),
  /** The user who leads the project (a PROJECT_LEAD account). */
  leadUserId: zOptionalId,
};

export const ZPartnerRow = z.object({
  organisationId: zId("chooseOrganisation"),
  role: z.enum(PartnerRole, { error: messageText("chooseRole") }),
  budgetAmount: zMoney("theBudgetShare"),
});

export const ZCreateProjectInput = z
  .object({ ...projectFields, partners: z.array(ZPartnerRow).max(100, messageText("tooManyPartners")) })
  .superRefine((project, context) => {
    const leads = project.partners.filter((partner) => partner.role === "LEAD_PARTNER").length;
    if (leads !== 1) {
      context.addIssue({
        code: "custom",
        path: ["partners"],
        message: messageText(leads === 0 ? "chooseLeadPartner" : "oneLeadPartner"),
      });
    }
    const seen = new Set<string>();
    project.partners.forEach((partner, index) => {
      if (seen.has(partner.organisationId)) {
        context.addIssue({
          code: "custom",
          path: ["partners", index, "organisationId"],
          message: messageText("alreadyPartner"),
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

/** What the partner search hands the new-project form: a call and the chosen organisations, in order. */
export const ZNewProjectPrefill = z.object({
  call: z
    .preprocess(
      (value) => (Array.isArray(value) ? value[0] : value) || undefined,
      z.string().regex(ID_PATTERN).optional(),
    )
    .catch(undefined),
  organisation: z
    .preprocess(
      (value) => (Array.isArray(value) ? value : value ? [value] : []),
      z.array(z.string().regex(ID_PATTERN)).max(100),
    )
    .transform((ids) => [...new Set(ids)])
    .catch([]),
});
