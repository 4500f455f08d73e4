import "server-only";
import type { z } from "zod";
import type { SessionUser } from "@/lib/access/permissions";
import { AppError, notFound } from "@/lib/errors";
import type { ZSaveReportingPeriodInput } from "@/lib/validation/work-plan";
import { recordAudit } from "./audit";
import { db } from "./db";
import { loadForWrite, requireProjectLead, validationError } from "./guards";
import { assertWithinProject, projectDuration, upsertPlanItem, type DeleteInput, type Tx } from "./plan-item-rules";

export async function saveReportingPeriod(user: SessionUser, input: z.output<typeof ZSaveReportingPeriodInput>) {
  await requireProjectLead(user, input.projectId);
  const { id, projectId, ...months } = input;
  return db.$transaction(async (tx) => {
    const before = await loadForWrite(
      id,
      () => tx.reportingPeriod.findFirst({ where: { id, projectId } }),
      "theReportingPeriod",
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
      throw validationError("startMonth", "periodOverlaps", {
        number: overlap.number,
        startMonth: overlap.startMonth,
        endMonth: overlap.endMonth,
      });
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
    if (!period) throw notFound("theReportingPeriod");
    if (period._count.reports + period._count.budgetLines + period._count.payments > 0) {
      throw new AppError("CONFLICT", "periodInUse", { number: period.number });
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

export async function getReportingPeriodForEdit(user: SessionUser, projectId: string, id: string) {
  await requireProjectLead(user, projectId);
  return db.reportingPeriod.findFirst({
    where: { id, projectId },
    select: { id: true, number: true, startMonth: true, endMonth: true },
  });
}
