// Checks and the write-with-audit step shared by the work-plan entities: reporting periods, work packages,
// deliverables and milestones, each of which has its own module.
import "server-only";
import type { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/lib/access/permissions";
import type { ZDeleteProjectItemInput } from "@/lib/validation/work-plan";
import { recordAudit } from "./audit";
import { validationError } from "./guards";

export type Tx = Prisma.TransactionClient;
export type DeleteInput = z.output<typeof ZDeleteProjectItemInput>;

export async function projectDuration(tx: Tx, projectId: string): Promise<number> {
  const project = await tx.project.findUniqueOrThrow({ where: { id: projectId }, select: { durationMonths: true } });
  return project.durationMonths;
}

/** Months are M1..M<duration>: anything later is outside the project. */
export function assertWithinProject(duration: number, months: Record<string, number>): void {
  for (const [field, month] of Object.entries(months)) {
    if (month > duration) throw validationError(field, "monthAfterProjectEnd", { month, duration });
  }
}

export async function assertPartnerOfProject(tx: Tx, projectId: string, partnerId: string | null, field: string) {
  if (!partnerId) return;
  const partner = await tx.projectPartner.findFirst({ where: { id: partnerId, projectId }, select: { id: true } });
  if (!partner) throw validationError(field, "choosePartnerOfProject");
}

/** Writes one work-plan row and its audit event: create when there is no earlier row, else update it. */
export async function upsertPlanItem<Row extends { id: string }>(
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
