import "server-only";
import type { z } from "zod";
import { editsOrganisationProfile, FUNDING_MANAGERS, type SessionUser } from "@/lib/access/permissions";
import { forbidden, notFound } from "@/lib/errors";
import type { ZSaveCompetenceInput, ZSaveCompetenceProfileInput } from "@/lib/validation/competence";
import { recordAudit } from "./audit";
import { db } from "./db";
import { loadForWrite, requireRole, validationError } from "./guards";

/** The shared vocabulary, with how many organisations name each competence. */
export async function findCompetences() {
  const competences = await db.competence.findMany({
    orderBy: { nameEn: "asc" },
    select: { id: true, nameEn: true, nameRo: true, _count: { select: { organisations: true } } },
  });
  return competences.map(({ _count, ...competence }) => ({ ...competence, organisationCount: _count.organisations }));
}

export async function getCompetenceForEdit(user: SessionUser, competenceId: string) {
  requireRole(user, FUNDING_MANAGERS);
  return db.competence.findUnique({ where: { id: competenceId }, select: { id: true, nameEn: true, nameRo: true } });
}

export async function saveCompetence(
  user: SessionUser,
  input: z.output<typeof ZSaveCompetenceInput>,
): Promise<{ id: string }> {
  requireRole(user, FUNDING_MANAGERS);
  const { id, ...data } = input;
  return db.$transaction(async (tx) => {
    const before = await loadForWrite(
      id,
      () => tx.competence.findUnique({ where: { id }, select: { id: true, nameEn: true, nameRo: true } }),
      "theCompetence",
    );
    const others = before ? { NOT: { id: before.id } } : {};
    for (const field of ["nameEn", "nameRo"] as const) {
      const clash = await tx.competence.findFirst({ where: { [field]: data[field], ...others }, select: { id: true } });
      if (clash) throw validationError(field, "competenceNameTaken", { name: data[field] });
    }
    const saved = before
      ? await tx.competence.update({ where: { id: before.id }, data, select: { id: true } })
      : await tx.competence.create({ data, select: { id: true } });
    await recordAudit(tx, {
      actorId: user.id,
      action: before ? "competence.update" : "competence.create",
      entityType: "Competence",
      entityId: saved.id,
      before,
      after: data,
    });
    return saved;
  });
}

/** Deletes a competence from the vocabulary and from every profile that names it. */
export async function deleteCompetence(user: SessionUser, competenceId: string): Promise<void> {
  requireRole(user, FUNDING_MANAGERS);
  await db.$transaction(async (tx) => {
    const competence = await tx.competence.findUnique({
      where: { id: competenceId },
      select: { id: true, nameEn: true, nameRo: true, _count: { select: { organisations: true } } },
    });
    if (!competence) throw notFound("theCompetence");
    await tx.competence.delete({ where: { id: competence.id } });
    await recordAudit(tx, {
      actorId: user.id,
      action: "competence.delete",
      entityType: "Competence",
      entityId: competence.id,
      before: { nameEn: competence.nameEn, nameRo: competence.nameRo, profiles: competence._count.organisations },
    });
  });
}

// --- Organisations' profiles ---------------------------------------------------------------------------

const PROFILE_FIELDS = {
  id: true,
  name: true,
  staffSize: true,
  sectors: true,
  markets: true,
  offer: true,
  competences: { select: { competenceId: true } },
} as const;

/**
 * The profile as its form edits it; null, like a page that does not exist, for anyone but the organisation's own
 * people and the managers.
 */
export async function getCompetenceProfileForEdit(user: SessionUser, organisationId: string) {
  if (!editsOrganisationProfile(user, organisationId)) return null;
  return db.organisation.findFirst({ where: { id: organisationId, archivedAt: null }, select: PROFILE_FIELDS });
}

export async function saveCompetenceProfile(
  user: SessionUser,
  input: z.output<typeof ZSaveCompetenceProfileInput>,
): Promise<{ id: string }> {
  const { organisationId, competenceIds, ...data } = input;
  return db.$transaction(async (tx) => {
    const before = await tx.organisation.findFirst({
      where: { id: organisationId, archivedAt: null },
      select: PROFILE_FIELDS,
    });
    if (!before) throw notFound("theOrganisation");
    if (!editsOrganisationProfile(user, before.id)) throw forbidden("onlyOwnProfile");
    const chosen = [...new Set(competenceIds)];
    const known = await tx.competence.count({ where: { id: { in: chosen } } });
    if (known !== chosen.length) throw validationError("competenceIds", "invalidValue");
    await tx.organisation.update({ where: { id: before.id }, data });
    await tx.organisationCompetence.deleteMany({ where: { organisationId: before.id } });
    await tx.organisationCompetence.createMany({
      data: chosen.map((competenceId) => ({ organisationId: before.id, competenceId })),
    });
    const { competences, id, name, ...fields } = before;
    await recordAudit(tx, {
      actorId: user.id,
      action: "organisation.profile",
      entityType: "Organisation",
      entityId: id,
      before: { name, ...fields, competenceIds: competences.map((competence) => competence.competenceId) },
      after: { name, ...data, competenceIds: chosen },
    });
    return { id };
  });
}
