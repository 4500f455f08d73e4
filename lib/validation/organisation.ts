import { z } from "zod";
import { OrganisationType } from "@/generated/prisma/enums";
import { zChoice, zCountry, zOptionalText, zText } from "./common";

/** VAT numbers and PICs compare without spaces, dots and dashes, in upper case. */
const zIdentifier = (label: string, pattern: RegExp, example: string) =>
  zOptionalText(label, 40)
    .transform((value) => (value ? value.replace(/[\s.-]/g, "").toUpperCase() : null))
    .refine((value) => value === null || pattern.test(value), `Enter ${label} such as ${example}.`);

export const ZSaveOrganisationInput = z.object({
  id: z.string().max(64).optional(),
  name: zText("the organisation's name", 250),
  shortName: zOptionalText("the short name", 40),
  country: zCountry,
  city: zOptionalText("the city", 120),
  type: zChoice(OrganisationType, "Choose the organisation's type."),
  vatNumber: zIdentifier("the VAT number", /^[A-Z]{2}[A-Z0-9]{2,14}$/, "RO12345678"),
  pic: zIdentifier("the PIC", /^\d{9}$/, "999999999"),
  website: zOptionalText("the website", 300).refine(
    (value) => value === null || /^https?:\/\/[^\s]+$/i.test(value),
    "Enter the website as an address starting with https://",
  ),
  /** Set after the user has seen the possible duplicates and chosen to go on. */
  confirmNotDuplicate: z.boolean().optional(),
});
export type TSaveOrganisationInput = z.input<typeof ZSaveOrganisationInput>;
