import { z } from "zod";
import { OrganisationType, ProjectStatus } from "@/generated/prisma/enums";
import { ID_PATTERN } from "./common";

export const PAGE_SIZE = 20;

type SearchParams = Record<string, string | string[] | undefined>;

/** Query strings are untrusted: an unknown or malformed value is dropped, never an error page. */
export const optionalFilter = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (Array.isArray(value) ? value[0] : value) || undefined, schema.optional()).catch(undefined);

export const ZPage = z.preprocess(
  (value) => (Array.isArray(value) ? value[0] : value),
  z.coerce.number().int().min(1).max(10_000).catch(1),
);

const ZSearchText = optionalFilter(z.string().trim().max(100));

export const ZProjectListFilters = z.object({
  q: ZSearchText,
  status: optionalFilter(z.enum(ProjectStatus)),
  programme: optionalFilter(z.string().max(40)),
  country: optionalFilter(z.string().regex(/^[A-Z]{2}$/)),
  page: ZPage,
});
export type TProjectListFilters = z.infer<typeof ZProjectListFilters>;

export const ZOrganisationListFilters = z.object({
  q: ZSearchText,
  country: optionalFilter(z.string().regex(/^[A-Z]{2}$/)),
  type: optionalFilter(z.enum(OrganisationType)),
  page: ZPage,
});
export type TOrganisationListFilters = z.infer<typeof ZOrganisationListFilters>;

/** Partner search: by competence, country, type and network, and by words of the organisation's offer. */
export const ZPartnerSearchFilters = ZOrganisationListFilters.extend({
  competence: optionalFilter(z.string().regex(ID_PATTERN)),
  network: optionalFilter(z.string().regex(ID_PATTERN)),
});
export type TPartnerSearchFilters = z.infer<typeof ZPartnerSearchFilters>;

/** How many pages a list of `total` rows fills, at least one: an empty list is its page 1 of 1. */
export function pageCountOf(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

export function parseFilters<Schema extends z.ZodType>(schema: Schema, searchParams: SearchParams): z.output<Schema> {
  return schema.parse(searchParams);
}
