import "server-only";
import type { z } from "zod";
import type { SessionUser } from "@/lib/access/permissions";
import { AppError, notFound } from "@/lib/errors";
import type { ZRemovePartnerInput, ZSavePartnerInput } from "@/lib/validation/project";
import { recordAudit } from "./audit";
import { db } from "./db";
import { loadForWrite, requirePartnershipManager, validationError } from "./guards";

export async function getPartnerForEdit(user: SessionUser, projectId: string, partnerId: string) {
  await requirePartnershipManager(user, projectId);
  return db.projectPartner.findFirst({
    where: { id: partnerId, projectId },
    select: { id: true, organisationId: true, role: true, budgetAmount: true },
  });
}

export async function savePartner(
  user: SessionUser,
  input: z.output<typeof ZSavePartnerInput>,
): Promise<{ id: string }> {
  await requirePartnershipManager(user, input.projectId);
  const { id, projectId, ...data } = input;
  return db.$transaction(async (tx) => {
    const before = await loadForWrite(
      id,
      () => tx.projectPartner.findFirst({ where: { id, projectId } }),
      "thePartner",
    );
    const organisation = await tx.organisation.findFirst({
      where: { id: data.organisationId, archivedAt: null },
      select: { id: true },
    });
    if (!organisation) throw validationError("organisationId", "chooseKnownOrganisation");
    const taken = await tx.projectPartner.findFirst({
      where: { projectId, organisationId: data.organisationId, ...(id ? { NOT: { id } } : {}) },
      select: { id: true },
    });
    if (taken) throw validationError("organisationId", "alreadyPartnerOfProject");
    if (before?.role === "LEAD_PARTNER" && data.role !== "LEAD_PARTNER") {
      throw validationError("role", "oneLeadPartnerMakeAnother");
    }
    if (data.role === "LEAD_PARTNER") {
      // Exactly one lead partner: the new lead takes over from the old one in the same transaction.
      const previous = await tx.projectPartner.findFirst({
        where: { projectId, role: "LEAD_PARTNER", ...(id ? { NOT: { id } } : {}) },
        select: { id: true },
      });
      if (previous) {
        await tx.projectPartner.update({ where: { id: previous.id }, data: { role: "PARTNER" } });
        await recordAudit(tx, {
          actorId: user.id,
          action: "partner.update",
          entityType: "ProjectPartner",
          entityId: previous.id,
          projectId,
          partnerId: previous.id,
          before: { role: "LEAD_PARTNER" },
          after: { role: "PARTNER" },
        });
      }
    }
    if (before) {
      await tx.projectPartner.update({ where: { id: before.id }, data });
      await recordAudit(tx, {
        actorId: user.id,
        action: "partner.update",
        entityType: "ProjectPartner",
        entityId: before.id,
        projectId,
        partnerId: before.id,
        before,
        after: data,
      });
      return { id: before.id };
    }
    const last = await tx.projectPartner.aggregate({ where: { projectId }, _max: { partnerNumber: true } });
    const created = await tx.projectPartner.create({
      data: { ...data, projectId, partnerNumber: (last._max.partnerNumber ?? 0) + 1 },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "partner.create",
      entityType: "ProjectPartner",
      entityId: created.id,
      projectId,
      partnerId: created.id,
      after: data,
    });
    return created;
  });
}

export async function removePartner(user: SessionUser, input: z.output<typeof ZRemovePartnerInput>): Promise<void> {
  await requirePartnershipManager(user, input.projectId);
  await db.$transaction(async (tx) => {
    const partner = await tx.projectPartner.findFirst({
      where: { id: input.id, projectId: input.projectId },
      include: {
        organisation: { select: { name: true } },
        _count: { select: { responsibleDeliverables: true, ledWorkPackages: true, reports: true, budgetLines: true } },
      },
    });
    if (!partner) throw notFound("thePartner");
    if (partner.role === "LEAD_PARTNER") {
      throw new AppError("CONFLICT", "leadPartnerNotRemovable");
    }
    const { responsibleDeliverables, ledWorkPackages, reports, budgetLines } = partner._count;
    if (responsibleDeliverables + ledWorkPackages + reports + budgetLines > 0) {
      throw new AppError("CONFLICT", "partnerHasWork", { name: partner.organisation.name });
    }
    await tx.projectPartner.delete({ where: { id: partner.id } });
    await recordAudit(tx, {
      actorId: user.id,
      action: "partner.remove",
      entityType: "ProjectPartner",
      entityId: partner.id,
      projectId: input.projectId,
      partnerId: partner.id,
      before: partner,
    });
  });
}
