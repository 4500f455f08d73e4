import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { visibleProjectsWhere, type SessionUser } from "@/lib/access/permissions";
import { PAGE_SIZE, pageCountOf, type TPartnerSearchFilters } from "@/lib/validation/list-filters";
import { db } from "./db";
import { PROJECT_LIST_FIELDS } from "./selects";
import { textSearchWhere } from "./text-search";

/**
 * Organisations for a consortium: one query over indexed columns (country, type, the competence and membership
 * keys), the free text matched in the offer. Each result carries what it matched by and its past projects in
 * Consortia as far as this person may see them.
 */
export async function searchPartners(user: SessionUser, filters: TPartnerSearchFilters) {
  const where: Prisma.OrganisationWhereInput = {
    archivedAt: null,
    ...(filters.country ? { country: filters.country } : {}),
    ...(filters.type ? { type: filters.type } : {}),
    ...(filters.competence ? { competences: { some: { competenceId: filters.competence } } } : {}),
    ...(filters.network ? { networkMemberships: { some: { networkId: filters.network, status: "ACTIVE" } } } : {}),
    ...(filters.q
      ? ((await textSearchWhere("Organisation", ["offer"], filters.q)) as Prisma.OrganisationWhereInput)
      : {}),
  };
  const [total, items] = await Promise.all([
    db.organisation.count({ where }),
    db.organisation.findMany({
      where,
      orderBy: { name: "asc" },
      skip: (filters.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        name: true,
        country: true,
        city: true,
        type: true,
        staffSize: true,
        offer: true,
        competences: {
          orderBy: { competence: { nameEn: "asc" } },
          select: { competence: { select: { id: true, nameEn: true, nameRo: true } } },
        },
        networkMemberships: {
          where: { status: "ACTIVE" },
          select: { network: { select: { id: true, name: true } } },
        },
        partnerships: {
          where: { project: { AND: [visibleProjectsWhere(user), { archivedAt: null }] } },
          orderBy: { project: { startDate: "desc" } },
          select: { project: { select: PROJECT_LIST_FIELDS } },
        },
      },
    }),
  ]);
  return {
    items: items.map(({ competences, networkMemberships, partnerships, ...organisation }) => ({
      ...organisation,
      competences: competences.map((entry) => entry.competence),
      networks: networkMemberships.map((membership) => membership.network),
      projects: partnerships.map((partnership) => partnership.project),
    })),
    total,
    page: filters.page,
    pageCount: pageCountOf(total, PAGE_SIZE),
  };
}
