import { z } from "zod";
import { OrganisationType } from "@/generated/prisma/enums";
import { messageText, term, type TermKey } from "@/lib/i18n/message";
import { zChoice, zCountry, zOptionalText, zText } from "./common";

/** VAT numbers and PICs compare without spaces, dots and dashes, in upper case. */
const zIdentifier = (label: TermKey, pattern: RegExp, example: string) =>
  zOptionalText(label, 40)
    .transform((value) => (value ? value.replace(/[\s.-]/g, "").toUpperCase() : null))
    .refine(
      (value) => value === null || pattern.test(value),
      messageText("enterIdentifier", { field: term(label), example }),
    );

export const ZSaveOrganisationInput = z.object({
  id: z.string().max(64).optional(),
  name: zText("theOrganisationsName", 250),
  shortName: zOptionalText("theShortName", 40),
  country: zCountry,
  city: zOptionalText("theCity", 120),
  type: zChoice(OrganisationType, "chooseOrganisationType"),
  vatNumber: zIdentifier("theVatNumber", /^[A-Z]{2}[A-Z0-9]{2,14}$/, "RO12345678"),
  pic: zIdentifier("thePic", /^\d{9}$/, "999999999"),
  website: zOptionalText("theWebsite", 300).refine(
    (value) => value === null || /^https?:\/\/[^\s]+$/i.test(value),
    messageText("websiteFormat"),
  ),
  /** Set after the user has seen the possible duplicates and chosen to go on. */
  confirmNotDuplicate: z.boolean().optional(),
});
export type TSaveOrganisationInput = z.input<typeof ZSaveOrganisationInput>;
