import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { visibleProjectsWhere, type SessionUser } from "@/lib/auth/permissions";
import { PAGE_SIZE, type TOrganisationListFilters } from "@/lib/validation/list-filters";
import { db } from "./db";

/** The organisation directory is shared by everyone signed in; project participation is filtered per user. */
export async function findOrganisations(filters: TOrganisationListFilters) {
  const where: Prisma.OrganisationWhereInput = {
    archivedAt: null,
    ...(filters.q
      ? { OR: [{ name: { contains: filters.q } }, { shortName: { contains: filters.q } }, { city: { contains: filters.q } }] }
      : {}),
    ...(filters.country ? { country: filters.country } : {}),
    ...(filters.type ? { type: filters.type } : {}),
  };
  const [total, items] = await db.$transaction([
    db.organisation.count({ where }),
    db.organisation.findMany({
      where,
      orderBy: { name: "asc" },
      skip: (filters.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: { id: true, name: true, shortName: true, country: true, city: true, type: true, isDemo: true },
    }),
  ]);
  return { items, total, page: filters.page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

export async function findOrganisationCountries(): Promise<string[]> {
  const rows = await db.organisation.findMany({
    where: { archivedAt: null },
    distinct: ["country"],
    orderBy: { country: "asc" },
    select: { country: true },
  });
  return rows.map((row) => row.country);
}

export async function getOrganisationDetail(user: SessionUser, organisationId: string) {
  return db.organisation.findFirst({
    where: { id: organisationId, archivedAt: null },
    select: {
      id: true,
      name: true,
      shortName: true,
      country: true,
      city: true,
      type: true,
      vatNumber: true,
      pic: true,
      website: true,
      isDemo: true,
      networkMemberships: { select: { network: { select: { id: true, name: true } } } },
      coordinatedNetworks: { select: { id: true, name: true } },
      partnerships: {
        where: { project: { AND: [visibleProjectsWhere(user), { archivedAt: null }] } },
        orderBy: { project: { startDate: "desc" } },
        select: {
          role: true,
          project: { select: { id: true, acronym: true, title: true, status: true, programme: { select: { name: true } } } },
        },
      },
    },
  });
}
