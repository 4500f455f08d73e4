import { z } from "zod";
import { StaffSizeBand } from "@/generated/prisma/enums";
import { messageText } from "@/lib/i18n/message";
import { zId, zOptionalText, zText } from "./common";

/** A competence of the shared vocabulary, named in both languages of the app. */
export const ZSaveCompetenceInput = z.object({
  id: z.string().max(64).optional(),
  nameEn: zText("theEnglishName", 80),
  nameRo: zText("theRomanianName", 80),
});
export type TSaveCompetenceInput = z.input<typeof ZSaveCompetenceInput>;

export const MAX_PROFILE_COMPETENCES = 30;

/**
 * Checkboxes of one name submit nothing, one value or several, and `false` when none is ticked: always a list
 * here.
 */
const zCheckedIds = z.preprocess(
  (value) => (Array.isArray(value) ? value : typeof value === "string" && value ? [value] : []),
  z.array(zId()).max(MAX_PROFILE_COMPETENCES, messageText("tooManyCompetences", { max: MAX_PROFILE_COMPETENCES })),
);

/** An organisation's competence profile: what it brings to a consortium. */
export const ZSaveCompetenceProfileInput = z.object({
  organisationId: zId(),
  competenceIds: zCheckedIds,
  staffSize: z
    .union([z.literal(""), z.null(), z.enum(StaffSizeBand)], { error: messageText("chooseStaffSize") })
    .optional()
    .transform((value) => value || null),
  sectors: zOptionalText("theSectors", 300),
  markets: zOptionalText("theMarkets", 300),
  offer: zOptionalText("theOffer", 1000),
});
export type TSaveCompetenceProfileInput = z.input<typeof ZSaveCompetenceProfileInput>;
