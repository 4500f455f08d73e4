import "server-only";
import type { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/permissions";
import { AppError, notFound } from "@/lib/errors";
import type {
  ZDeleteProjectItemInput,
  ZSaveDeliverableInput,
  ZSaveMilestoneInput,
  ZSaveReportingPeriodInput,
  ZSaveWorkPackageInput,
} from "@/lib/validation/work-plan";
import { DELIVERABLE_NUMBER } from "@/lib/validation/work-plan";
import { recordAudit } from "./audit";
import { db } from "./db";
import { loadForWrite, requireProjectLead, validationError } from "./guards";

type Tx = Prisma.TransactionClient;
type DeleteInput = z.output<typeof ZDeleteProjectItemInput>;

async function projectDuration(tx: Tx, projectId: string): Promise<number> {
  const project = await tx.project.findUniqueOrThrow({ where: { id: projectId }, select: { durationMonths: true } });
  return project.durationMonths;
}

/** Months are M1..M<duration>: anything later is outside the project. */
function assertWithinProject(duration: number, months: Record<string, number>): void {
  for (const [field, month] of Object.entries(months)) {
    if (month > duration) throw validationError(field, `M${month} is after the project's last month, M${duration}.`);
  }
}

async function assertPartnerOfProject(tx: Tx, projectId: string, partnerId: string | null, field: string) {
  if (!partnerId) return;
  const partner = await tx.projectPartner.findFirst({ where: { id: partnerId, projectId }, select: { id: true } });
  if (!partner) throw validationError(field, "Choose a partner of this project.");
}

/** Writes one work-plan row and its audit event: create when there is no earlier row, else update it. */
async function upsertPlanItem<Row extends { id: string }>(
  tx: Tx,
  user: SessionUser,
  entity: { type: string; action: string; projectId: string },
  before: Row | null,
  create: () => Promise<{ id: string }>,
  update: (id: string) => Promise<unknown>,
  after: unknown,
): Promise<{ id: string; projectId: string }> {
  if (!before) {
    const created = await create();
    await recordAudit(tx, {
      actorId: user.id,
      action: `${entity.action}.create`,
      entityType: entity.type,
      entityId: created.id,
      projectId: entity.projectId,
      after,
    });
    return { id: created.id, projectId: entity.projectId };
  }
  await update(before.id);
  await recordAudit(tx, {
    actorId: user.id,
    action: `${entity.action}.update`,
    entityType: entity.type,
    entityId: before.id,
    projectId: entity.projectId,
    before,
    after,
  });
  return { id: before.id, projectId: entity.projectId };
}

// --- Reporting periods -------------------------------------------------------------------------------

export async function saveReportingPeriod(user: SessionUser, input: z.output<typeof ZSaveReportingPeriodInput>) {
  await requireProjectLead(user, input.projectId);
  const { id, projectId, ...months } = input;
  return db.$transaction(async (tx) => {
    const before = await loadForWrite(
      id,
      () => tx.reportingPeriod.findFirst({ where: { id, projectId } }),
      "The reporting period",
    );
    assertWithinProject(await projectDuration(tx, projectId), months);
    const overlap = await tx.reportingPeriod.findFirst({
      where: {
        projectId,
        startMonth: { lte: months.endMonth },
        endMonth: { gte: months.startMonth },
        ...(id ? { NOT: { id } } : {}),
      },
      select: { number: true, startMonth: true, endMonth: true },
    });
    if (overlap) {
      throw validationError(
        "startMonth",
        `Overlaps P${overlap.number} (M${overlap.startMonth}–M${overlap.endMonth}): periods follow one another.`,
      );
    }
    const result = await upsertPlanItem(
      tx,
      user,
      { type: "ReportingPeriod", action: "period", projectId },
      before,
      async () => {
        const last = await tx.reportingPeriod.aggregate({ where: { projectId }, _max: { number: true } });
        return tx.reportingPeriod.create({
          data: { projectId, ...months, number: (last._max.number ?? 0) + 1 },
          select: { id: true },
        });
      },
      (rowId) => tx.reportingPeriod.update({ where: { id: rowId }, data: months }),
      months,
    );
    await renumberPeriods(tx, projectId);
    return result;
  });
}

/** P1, P2 ... follow the order of the months, whatever order the periods were entered in. */
async function renumberPeriods(tx: Tx, projectId: string) {
  const periods = await tx.reportingPeriod.findMany({
    where: { projectId },
    orderBy: { startMonth: "asc" },
    select: { id: true, number: true },
  });
  // Two passes: unique (projectId, number) must hold after every single update.
  for (const [index, period] of periods.entries())
    await tx.reportingPeriod.update({ where: { id: period.id }, data: { number: -(index + 1) } });
  for (const [index, period] of periods.entries())
    await tx.reportingPeriod.update({ where: { id: period.id }, data: { number: index + 1 } });
}

export async function deleteReportingPeriod(user: SessionUser, input: DeleteInput) {
  await requireProjectLead(user, input.projectId);
  await db.$transaction(async (tx) => {
    const period = await tx.reportingPeriod.findFirst({
      where: { id: input.id, projectId: input.projectId },
      include: { _count: { select: { reports: true, budgetLines: true, payments: true } } },
    });
    if (!period) throw notFound("The reporting period");
    if (period._count.reports + period._count.budgetLines + period._count.payments > 0) {
      throw new AppError(
        "CONFLICT",
        `P${period.number} has partner reports, budget lines or payments: it cannot be deleted.`,
      );
    }
    await tx.reportingPeriod.delete({ where: { id: period.id } });
    await renumberPeriods(tx, input.projectId);
    await recordAudit(tx, {
      actorId: user.id,
      action: "period.delete",
      entityType: "ReportingPeriod",
      entityId: period.id,
      projectId: input.projectId,
      before: period,
    });
  });
}

// --- Work packages -----------------------------------------------------------------------------------

export async function saveWorkPackage(user: SessionUser, input: z.output<typeof ZSaveWorkPackageInput>) {
  await requireProjectLead(user, input.projectId);
  const { id, projectId, ...data } = input;
  return db.$transaction(async (tx) => {
    const before = await loadForWrite(
      id,
      () => tx.workPackage.findFirst({ where: { id, projectId, archivedAt: null } }),
      "The work package",
    );
    assertWithinProject(await projectDuration(tx, projectId), { startMonth: data.startMonth, endMonth: data.endMonth });
    await assertPartnerOfProject(tx, projectId, data.leadPartnerId, "leadPartnerId");
    const taken = await tx.workPackage.findFirst({
      where: { projectId, number: data.number, ...(id ? { NOT: { id } } : {}) },
      select: { id: true },
    });
    if (taken) throw validationError("number", `The project already has a WP${data.number}.`);
    if (before) {
      const outside = await tx.deliverable.findFirst({
        where: {
          workPackageId: before.id,
          OR: [{ dueMonth: { lt: data.startMonth } }, { dueMonth: { gt: data.endMonth } }],
        },
        select: { number: true, dueMonth: true },
      });
      if (outside) {
        throw validationError(
          "endMonth",
          `${outside.number} is due in M${outside.dueMonth}, outside M${data.startMonth}–M${data.endMonth}. Move it first.`,
        );
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
    if (!workPackage) throw notFound("The work package");
    if (workPackage._count.deliverables + workPackage._count.milestones > 0) {
      throw new AppError(
        "CONFLICT",
        `WP${workPackage.number} still has deliverables or milestones: move or delete them first.`,
      );
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

// --- Deliverables ------------------------------------------------------------------------------------

export async function saveDeliverable(user: SessionUser, input: z.output<typeof ZSaveDeliverableInput>) {
  await requireProjectLead(user, input.projectId);
  const { id, projectId, ...data } = input;
  return db.$transaction(async (tx) => {
    const before = await loadForWrite(
      id,
      () => tx.deliverable.findFirst({ where: { id, projectId } }),
      "The deliverable",
    );
    assertWithinProject(await projectDuration(tx, projectId), { dueMonth: data.dueMonth });
    await assertPartnerOfProject(tx, projectId, data.responsiblePartnerId, "responsiblePartnerId");
    const workPackage = await tx.workPackage.findFirst({
      where: { id: data.workPackageId, projectId, archivedAt: null },
      select: { number: true },
    });
    if (!workPackage) throw validationError("workPackageId", "Choose a work package of this project.");
    const numberedWorkPackage = Number(DELIVERABLE_NUMBER.exec(data.number)?.[1]);
    if (numberedWorkPackage !== workPackage.number) {
      throw validationError(
        "number",
        `${data.number} would belong to WP${numberedWorkPackage}; in WP${workPackage.number} number it D${workPackage.number}.<n>.`,
      );
    }
    const taken = await tx.deliverable.findFirst({
      where: { projectId, number: data.number, ...(id ? { NOT: { id } } : {}) },
      select: { id: true },
    });
    if (taken) throw validationError("number", `The project already has a deliverable ${data.number}.`);
    return upsertPlanItem(
      tx,
      user,
      { type: "Deliverable", action: "deliverable", projectId },
      before,
      () => tx.deliverable.create({ data: { projectId, ...data, version: 1 }, select: { id: true } }),
      async (rowId) => {
        const { version, ...fields } = data;
        // Only where nobody saved in between: the second of two simultaneous edits is told, not applied.
        const { count } = await tx.deliverable.updateMany({
          where: { id: rowId, ...(version ? { version } : {}) },
          data: { ...fields, version: { increment: 1 } },
        });
        if (count === 0) throw await deliverableConflict(tx, rowId);
      },
      data,
    );
  });
}

/** The conflict answer: what the deliverable looks like now, so the user sees what they would overwrite. */
export async function deliverableConflict(tx: Tx, deliverableId: string): Promise<AppError> {
  const current = await tx.deliverable.findUniqueOrThrow({
    where: { id: deliverableId },
    select: { number: true, title: true, dueMonth: true, status: true, updatedAt: true },
  });
  return new AppError(
    "CONFLICT",
    `Someone else saved ${current.number} while you were editing. It now reads: "${current.title}", due M${current.dueMonth}, ` +
      `status ${current.status.replace("_", " ").toLowerCase()} (saved ${current.updatedAt.toISOString().slice(0, 16).replace("T", " ")} UTC). ` +
      "Nothing of yours was saved: reload to see the current version, then make your change again.",
  );
}

/** Only a deliverable without files, status history or comments may be deleted: the rest is history. */
export async function deleteDeliverable(user: SessionUser, input: DeleteInput) {
  await requireProjectLead(user, input.projectId);
  await db.$transaction(async (tx) => {
    const deliverable = await tx.deliverable.findFirst({
      where: { id: input.id, projectId: input.projectId },
      include: { _count: { select: { files: true, statusChanges: true, comments: true } } },
    });
    if (!deliverable) throw notFound("The deliverable");
    const { files, statusChanges, comments } = deliverable._count;
    if (files + statusChanges + comments > 0 || deliverable.status !== "PENDING") {
      throw new AppError(
        "CONFLICT",
        `${deliverable.number} has files, comments or a status history, which must be kept. It cannot be deleted; change its plan instead.`,
      );
    }
    await tx.deliverable.delete({ where: { id: deliverable.id } });
    await recordAudit(tx, {
      actorId: user.id,
      action: "deliverable.delete",
      entityType: "Deliverable",
      entityId: deliverable.id,
      projectId: input.projectId,
      before: deliverable,
    });
  });
}

// --- Milestones --------------------------------------------------------------------------------------

export async function saveMilestone(user: SessionUser, input: z.output<typeof ZSaveMilestoneInput>) {
  await requireProjectLead(user, input.projectId);
  const { id, projectId, ...data } = input;
  return db.$transaction(async (tx) => {
    const before = await loadForWrite(id, () => tx.milestone.findFirst({ where: { id, projectId } }), "The milestone");
    assertWithinProject(await projectDuration(tx, projectId), { dueMonth: data.dueMonth });
    if (data.workPackageId) {
      const workPackage = await tx.workPackage.findFirst({
        where: { id: data.workPackageId, projectId, archivedAt: null },
        select: { id: true },
      });
      if (!workPackage) throw validationError("workPackageId", "Choose a work package of this project.");
    }
    const taken = await tx.milestone.findFirst({
      where: { projectId, number: data.number, ...(id ? { NOT: { id } } : {}) },
      select: { id: true },
    });
    if (taken) throw validationError("number", `The project already has a milestone MS${data.number}.`);
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
    if (!milestone) throw notFound("The milestone");
    if (milestone.achievedOn)
      throw new AppError("CONFLICT", `MS${milestone.number} has been reached: it is kept as history.`);
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

// --- Loading rows for the edit forms (the lead only) --------------------------------------------------

export async function getReportingPeriodForEdit(user: SessionUser, projectId: string, id: string) {
  await requireProjectLead(user, projectId);
  return db.reportingPeriod.findFirst({
    where: { id, projectId },
    select: { id: true, number: true, startMonth: true, endMonth: true },
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

export async function getDeliverableForEdit(user: SessionUser, projectId: string, id: string) {
  await requireProjectLead(user, projectId);
  return db.deliverable.findFirst({
    where: { id, projectId },
    select: {
      id: true,
      number: true,
      title: true,
      description: true,
      workPackageId: true,
      responsiblePartnerId: true,
      type: true,
      dissemination: true,
      dueMonth: true,
      version: true,
    },
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
