import "server-only";
import type { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { visibleProjectsWhere, type SessionUser } from "@/lib/access/permissions";
import { AppError, notFound } from "@/lib/errors";
import { countryName } from "@/lib/format/display";
import { normaliseOrganisationName } from "@/lib/format/organisation-name";
import { PAGE_SIZE, pageCountOf, type TOrganisationListFilters } from "@/lib/validation/list-filters";
import type { ZSaveOrganisationInput } from "@/lib/validation/organisation";
import { recordAudit } from "./audit";
import { db } from "./db";
import { PROJECT_LIST_FIELDS } from "./selects";
import { loadForWrite, requireRole, validationError } from "./guards";
import { FUNDING_MANAGERS } from "@/lib/access/permissions";
import { textSearchWhere } from "./text-search";

/** The organisation directory is shared by everyone signed in; project participation is filtered per user. */
export async function findOrganisations(filters: TOrganisationListFilters) {
  const where: Prisma.OrganisationWhereInput = {
    archivedAt: null,
    ...(filters.q
      ? ((await textSearchWhere(
          "Organisation",
          ["name", "shortName", "city"],
          filters.q,
        )) as Prisma.OrganisationWhereInput)
      : {}),
    ...(filters.country ? { country: filters.country } : {}),
    ...(filters.type ? { type: filters.type } : {}),
  };
  const [total, items] = await Promise.all([
    db.organisation.count({ where }),
    db.organisation.findMany({
      where,
      orderBy: { name: "asc" },
      skip: (filters.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: { id: true, name: true, shortName: true, country: true, city: true, type: true, isDemo: true },
    }),
  ]);
  return { items, total, page: filters.page, pageCount: pageCountOf(total, PAGE_SIZE) };
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

/** What the organisation form edits, and the detail page shows. */
const ORGANISATION_FIELDS = {
  id: true,
  name: true,
  shortName: true,
  country: true,
  city: true,
  type: true,
  vatNumber: true,
  pic: true,
  website: true,
} as const;

export async function getOrganisationDetail(user: SessionUser, organisationId: string) {
  return db.organisation.findFirst({
    where: { id: organisationId, archivedAt: null },
    select: {
      ...ORGANISATION_FIELDS,
      isDemo: true,
      staffSize: true,
      sectors: true,
      markets: true,
      offer: true,
      competences: { select: { competence: { select: { id: true, nameEn: true, nameRo: true } } } },
      networkMemberships: {
        where: { status: "ACTIVE" },
        select: { network: { select: { id: true, name: true } } },
      },
      coordinatedNetworks: { select: { id: true, name: true } },
      partnerships: {
        where: { project: { AND: [visibleProjectsWhere(user), { archivedAt: null }] } },
        orderBy: { project: { startDate: "desc" } },
        select: {
          role: true,
          project: {
            select: { ...PROJECT_LIST_FIELDS, programme: { select: { name: true } } },
          },
        },
      },
    },
  });
}

// --- Changes (administrators and coordinators) ------------------------------------------------------

export async function getOrganisationForEdit(user: SessionUser, organisationId: string) {
  requireRole(user, FUNDING_MANAGERS);
  return db.organisation.findFirst({
    where: { id: organisationId, archivedAt: null },
    select: ORGANISATION_FIELDS,
  });
}

/**
 * Creates or updates an organisation. The same VAT number or PIC is always refused; a very similar name
 * is refused until the user confirms that it is a different organisation.
 */
export async function saveOrganisation(
  user: SessionUser,
  input: z.output<typeof ZSaveOrganisationInput>,
): Promise<{ id: string }> {
  requireRole(user, FUNDING_MANAGERS);
  const { id, confirmNotDuplicate, ...fields } = input;
  const data = { ...fields, normalisedName: normaliseOrganisationName(fields.name) };
  return db.$transaction(async (tx) => {
    const before = await loadForWrite(
      id,
      () => tx.organisation.findFirst({ where: { id, archivedAt: null } }),
      "theOrganisation",
    );
    const others = before ? { NOT: { id: before.id } } : {};
    for (const field of ["vatNumber", "pic"] as const) {
      const value = data[field];
      if (!value) continue;
      const clash = await tx.organisation.findFirst({ where: { [field]: value, ...others }, select: { name: true } });
      if (clash) throw validationError(field, field === "pic" ? "picTaken" : "vatNumberTaken", { name: clash.name });
    }
    if (!confirmNotDuplicate) {
      const similar = await tx.organisation.findMany({
        where: { normalisedName: data.normalisedName, archivedAt: null, ...others },
        select: { name: true, country: true },
        take: 3,
      });
      if (similar.length > 0) {
        const names = similar
          .map((organisation) => `${organisation.name} (${countryName(organisation.country)})`)
          .join(", ");
        throw new AppError(
          "CONFLICT",
          "possibleDuplicate",
          { names },
          {
            confirmNotDuplicate: [{ key: "possibleDuplicateConfirm", values: { names } }],
          },
        );
      }
    }
    if (!before) {
      const created = await tx.organisation.create({ data, select: { id: true } });
      await recordAudit(tx, {
        actorId: user.id,
        action: "organisation.create",
        entityType: "Organisation",
        entityId: created.id,
        after: data,
      });
      return created;
    }
    await tx.organisation.update({ where: { id: before.id }, data });
    await recordAudit(tx, {
      actorId: user.id,
      action: "organisation.update",
      entityType: "Organisation",
      entityId: before.id,
      before,
      after: data,
    });
    return { id: before.id };
  });
}

export async function archiveOrganisation(user: SessionUser, organisationId: string): Promise<void> {
  requireRole(user, FUNDING_MANAGERS);
  await db.$transaction(async (tx) => {
    const organisation = await tx.organisation.findFirst({
      where: { id: organisationId, archivedAt: null },
      select: {
        partnerships: { where: { project: { archivedAt: null } }, select: { project: { select: { acronym: true } } } },
      },
    });
    if (!organisation) throw notFound("theOrganisation");
    if (organisation.partnerships.length > 0) {
      const acronyms = organisation.partnerships.map((partnership) => partnership.project.acronym).join(", ");
      throw new AppError("CONFLICT", "organisationIsPartner", { acronyms });
    }
    await tx.organisation.update({ where: { id: organisationId }, data: { archivedAt: new Date() } });
    await recordAudit(tx, {
      actorId: user.id,
      action: "organisation.archive",
      entityType: "Organisation",
      entityId: organisationId,
    });
  });
}

/** Choices for partner and user forms. */
export async function findOrganisationOptions() {
  return db.organisation.findMany({
    where: { archivedAt: null },
    orderBy: { name: "asc" },
    select: { id: true, name: true, country: true },
  });
}
