import "server-only";
import type { z } from "zod";
import type { SessionUser } from "@/lib/access/permissions";
import { AppError, notFound } from "@/lib/errors";
import type { ZSaveWorkPackageInput } from "@/lib/validation/work-plan";
import { recordAudit } from "./audit";
import { db } from "./db";
import { loadForWrite, requireProjectLead, validationError } from "./guards";
import {
  assertPartnerOfProject,
  assertWithinProject,
  projectDuration,
  upsertPlanItem,
  type DeleteInput,
} from "./plan-item-rules";

export async function saveWorkPackage(user: SessionUser, input: z.output<typeof ZSaveWorkPackageInput>) {
  await requireProjectLead(user, input.projectId);
  const { id, projectId, ...data } = input;
  return db.$transaction(async (tx) => {
    const before = await loadForWrite(
      id,
      () => tx.workPackage.findFirst({ where: { id, projectId, archivedAt: null } }),
      "theWorkPackage",
    );
    assertWithinProject(await projectDuration(tx, projectId), { startMonth: data.startMonth, endMonth: data.endMonth });
    await assertPartnerOfProject(tx, projectId, data.leadPartnerId, "leadPartnerId");
    const taken = await tx.workPackage.findFirst({
      where: { projectId, number: data.number, ...(id ? { NOT: { id } } : {}) },
      select: { id: true },
    });
    if (taken) throw validationError("number", "workPackageNumberTaken", { number: data.number });
    if (before) {
      const outside = await tx.deliverable.findFirst({
        where: {
          workPackageId: before.id,
          OR: [{ dueMonth: { lt: data.startMonth } }, { dueMonth: { gt: data.endMonth } }],
        },
        select: { number: true, dueMonth: true },
      });
      if (outside) {
        throw validationError("endMonth", "itemOutsideWorkPackage", {
          number: outside.number,
          dueMonth: outside.dueMonth,
          startMonth: data.startMonth,
          endMonth: data.endMonth,
        });
      }
    }
    return upsertPlanItem(
      tx,
      user,
      { type: "WorkPackage", action: "work-package", projectId },
      before,
      () => tx.workPackage.create({ data: { projectId, ...data }, select: { id: true } }),
      (rowId) => tx.workPackage.update({ where: { id: rowId }, data: { ...data, version: { increment: 1 } } }),
      data,
    );
  });
}

export async function deleteWorkPackage(user: SessionUser, input: DeleteInput) {
  await requireProjectLead(user, input.projectId);
  await db.$transaction(async (tx) => {
    const workPackage = await tx.workPackage.findFirst({
      where: { id: input.id, projectId: input.projectId, archivedAt: null },
      include: { _count: { select: { deliverables: true, milestones: true } } },
    });
    if (!workPackage) throw notFound("theWorkPackage");
    if (workPackage._count.deliverables + workPackage._count.milestones > 0) {
      throw new AppError("CONFLICT", "workPackageInUse", { number: workPackage.number });
    }
    await tx.workPackage.delete({ where: { id: workPackage.id } });
    await recordAudit(tx, {
      actorId: user.id,
      action: "work-package.delete",
      entityType: "WorkPackage",
      entityId: workPackage.id,
      projectId: input.projectId,
      before: workPackage,
    });
  });
}

export async function getWorkPackageForEdit(user: SessionUser, projectId: string, id: string) {
  await requireProjectLead(user, projectId);
  return db.workPackage.findFirst({
    where: { id, projectId, archivedAt: null },
    select: {
      id: true,
      number: true,
      title: true,
      objective: true,
      leadPartnerId: true,
      startMonth: true,
      endMonth: true,
    },
  });
}
