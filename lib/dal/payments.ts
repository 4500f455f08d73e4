import "server-only";
import type { z } from "zod";
import type { SessionUser } from "@/lib/access/permissions";
import { AppError, notFound } from "@/lib/errors";
import type { ZSavePaymentInput } from "@/lib/validation/budget";
import { recordAudit } from "./audit";
import { db } from "./db";
import { loadForWrite, requireFundingEditor, validationError } from "./guards";

export async function savePayment(user: SessionUser, input: z.output<typeof ZSavePaymentInput>) {
  await requireFundingEditor(user, input.projectId);
  const { id, version, projectId, ...data } = input;
  return db.$transaction(async (tx) => {
    const before = await loadForWrite(id, () => tx.payment.findFirst({ where: { id, projectId } }), "thePayment");
    if (
      data.periodId &&
      !(await tx.reportingPeriod.findFirst({ where: { id: data.periodId, projectId }, select: { id: true } }))
    ) {
      throw validationError("periodId", "choosePeriodOfProject");
    }
    if (!before) {
      const created = await tx.payment.create({ data: { ...data, projectId }, select: { id: true } });
      await recordAudit(tx, {
        actorId: user.id,
        action: "payment.create",
        entityType: "Payment",
        entityId: created.id,
        projectId,
        after: data,
      });
      return { id: created.id, projectId };
    }
    const { count } = await tx.payment.updateMany({
      where: { id: before.id, ...(version ? { version } : {}) },
      data: { ...data, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT", "paymentChangedMeanwhile");
    await recordAudit(tx, {
      actorId: user.id,
      action: "payment.update",
      entityType: "Payment",
      entityId: before.id,
      projectId,
      before,
      after: data,
    });
    return { id: before.id, projectId };
  });
}

export async function deletePayment(user: SessionUser, input: { projectId: string; id: string }) {
  await requireFundingEditor(user, input.projectId);
  await db.$transaction(async (tx) => {
    const payment = await tx.payment.findFirst({ where: { id: input.id, projectId: input.projectId } });
    if (!payment) throw notFound("thePayment");
    if (payment.receivedDate) throw new AppError("CONFLICT", "paymentReceivedKept");
    await tx.payment.delete({ where: { id: payment.id } });
    await recordAudit(tx, {
      actorId: user.id,
      action: "payment.delete",
      entityType: "Payment",
      entityId: payment.id,
      projectId: input.projectId,
      before: payment,
    });
  });
}

export async function getPaymentForEdit(user: SessionUser, projectId: string, paymentId: string) {
  await requireFundingEditor(user, projectId);
  return db.payment.findFirst({ where: { id: paymentId, projectId } });
}
