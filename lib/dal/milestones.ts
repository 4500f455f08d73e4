import "server-only";
import type { z } from "zod";
import type { SessionUser } from "@/lib/access/permissions";
import { AppError, notFound } from "@/lib/errors";
import type { ZSaveMilestoneInput } from "@/lib/validation/work-plan";
import { recordAudit } from "./audit";
import { db } from "./db";
import { loadForWrite, requireProjectLead, validationError } from "./guards";
import { assertWithinProject, projectDuration, upsertPlanItem, type DeleteInput } from "./plan-item-rules";

export async function saveMilestone(user: SessionUser, input: z.output<typeof ZSaveMilestoneInput>) {
  await requireProjectLead(user, input.projectId);
  const { id, projectId, ...data } = input;
  return db.$transaction(async (tx) => {
    const before = await loadForWrite(id, () => tx.milestone.findFirst({ where: { id, projectId } }), "theMilestone");
    assertWithinProject(await projectDuration(tx, projectId), { dueMonth: data.dueMonth });
    if (data.workPackageId) {
      const workPackage = await tx.workPackage.findFirst({
        where: { id: data.workPackageId, projectId, archivedAt: null },
        select: { id: true },
      });
      if (!workPackage) throw validationError("workPackageId", "chooseWorkPackageOfProject");
    }
    const taken = await tx.milestone.findFirst({
      where: { projectId, number: data.number, ...(id ? { NOT: { id } } : {}) },
      select: { id: true },
    });
    if (taken) throw validationError("number", "milestoneNumberTaken", { number: data.number });
    return upsertPlanItem(
      tx,
      user,
      { type: "Milestone", action: "milestone", projectId },
      before,
      () => tx.milestone.create({ data: { projectId, ...data }, select: { id: true } }),
      (rowId) => tx.milestone.update({ where: { id: rowId }, data: { ...data, version: { increment: 1 } } }),
      data,
    );
  });
}

export async function deleteMilestone(user: SessionUser, input: DeleteInput) {
  await requireProjectLead(user, input.projectId);
  await db.$transaction(async (tx) => {
    const milestone = await tx.milestone.findFirst({ where: { id: input.id, projectId: input.projectId } });
    if (!milestone) throw notFound("theMilestone");
    if (milestone.achievedOn) throw new AppError("CONFLICT", "milestoneReachedKept", { number: milestone.number });
    await tx.milestone.delete({ where: { id: milestone.id } });
    await recordAudit(tx, {
      actorId: user.id,
      action: "milestone.delete",
      entityType: "Milestone",
      entityId: milestone.id,
      projectId: input.projectId,
      before: milestone,
    });
  });
}

export async function getMilestoneForEdit(user: SessionUser, projectId: string, id: string) {
  await requireProjectLead(user, projectId);
  return db.milestone.findFirst({
    where: { id, projectId },
    select: { id: true, number: true, title: true, workPackageId: true, dueMonth: true, meansOfVerification: true },
  });
}

/** The number a new milestone gets by default: one after the highest. */
export async function nextMilestoneNumber(projectId: string): Promise<number> {
  const last = await db.milestone.aggregate({ where: { projectId }, _max: { number: true } });
  return (last._max.number ?? 0) + 1;
}
