import "server-only";
import type { z } from "zod";
import { visibleProjectsWhere, type SessionUser } from "@/lib/access/permissions";
import { AppError, notFound } from "@/lib/errors";
import type { ZSaveProgrammeInput } from "@/lib/validation/programme";
import { recordAudit } from "./audit";
import { db } from "./db";
import { PROJECT_LIST_FIELDS } from "./selects";
import { loadForWrite, requireRole, validationError } from "./guards";
import { FUNDING_MANAGERS } from "@/lib/access/permissions";

/** Programmes and calls are public information; the projects under them are filtered per user. */
export async function findProgrammes(user: SessionUser) {
  return db.fundingProgramme.findMany({
    where: { archivedAt: null },
    orderBy: { name: "asc" },
    select: {
      id: true,
      code: true,
      name: true,
      managedBy: true,
      _count: {
        select: {
          calls: { where: { archivedAt: null } },
          projects: { where: { AND: [visibleProjectsWhere(user), { archivedAt: null }] } },
        },
      },
    },
  });
}

export async function getProgrammeDetail(user: SessionUser, programmeId: string) {
  return db.fundingProgramme.findFirst({
    where: { id: programmeId, archivedAt: null },
    select: {
      id: true,
      code: true,
      name: true,
      description: true,
      managedBy: true,
      currency: true,
      calls: {
        where: { archivedAt: null },
        orderBy: { opensOn: "desc" },
        select: { id: true, identifier: true, title: true, opensOn: true, closesOn: true, budget: true },
      },
      projects: {
        where: { AND: [visibleProjectsWhere(user), { archivedAt: null }] },
        orderBy: { startDate: "desc" },
        select: {
          ...PROJECT_LIST_FIELDS,
          call: { select: { identifier: true } },
        },
      },
    },
  });
}

export async function getProgrammeForEdit(user: SessionUser, programmeId: string) {
  requireRole(user, FUNDING_MANAGERS);
  return db.fundingProgramme.findFirst({
    where: { id: programmeId, archivedAt: null },
    select: {
      id: true,
      code: true,
      name: true,
      description: true,
      managedBy: true,
      currency: true,
      exchangeRateRule: true,
    },
  });
}

export async function saveProgramme(
  user: SessionUser,
  input: z.output<typeof ZSaveProgrammeInput>,
): Promise<{ id: string }> {
  requireRole(user, FUNDING_MANAGERS);
  const { id, ...data } = input;
  return db.$transaction(async (tx) => {
    const before = await loadForWrite(
      id,
      () => tx.fundingProgramme.findFirst({ where: { id, archivedAt: null } }),
      "theProgramme",
    );
    const clash = await tx.fundingProgramme.findFirst({
      where: { code: data.code, ...(before ? { NOT: { id: before.id } } : {}) },
      select: { id: true },
    });
    if (clash) throw validationError("code", "programmeCodeTaken", { code: data.code });
    if (!before) {
      const created = await tx.fundingProgramme.create({ data, select: { id: true } });
      await recordAudit(tx, {
        actorId: user.id,
        action: "programme.create",
        entityType: "FundingProgramme",
        entityId: created.id,
        after: data,
      });
      return created;
    }
    await tx.fundingProgramme.update({ where: { id: before.id }, data });
    await recordAudit(tx, {
      actorId: user.id,
      action: "programme.update",
      entityType: "FundingProgramme",
      entityId: before.id,
      before,
      after: data,
    });
    return { id: before.id };
  });
}

export async function archiveProgramme(user: SessionUser, programmeId: string): Promise<void> {
  requireRole(user, FUNDING_MANAGERS);
  await db.$transaction(async (tx) => {
    const programme = await tx.fundingProgramme.findFirst({
      where: { id: programmeId, archivedAt: null },
      select: { id: true, _count: { select: { projects: { where: { archivedAt: null } } } } },
    });
    if (!programme) throw notFound("theProgramme");
    if (programme._count.projects > 0) {
      throw new AppError("CONFLICT", "programmeStillFunds");
    }
    await tx.fundingProgramme.update({ where: { id: programmeId }, data: { archivedAt: new Date() } });
    await recordAudit(tx, {
      actorId: user.id,
      action: "programme.archive",
      entityType: "FundingProgramme",
      entityId: programmeId,
    });
  });
}
