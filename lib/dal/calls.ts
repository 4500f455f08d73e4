import "server-only";
import type { z } from "zod";
import { FUNDING_MANAGERS, type SessionUser } from "@/lib/access/permissions";
import { notFound } from "@/lib/errors";
import type { ZSaveCallInput } from "@/lib/validation/programme";
import { recordAudit } from "./audit";
import { db } from "./db";
import { loadForWrite, requireRole, validationError } from "./guards";

export async function getCallForEdit(user: SessionUser, callId: string) {
  requireRole(user, FUNDING_MANAGERS);
  return db.call.findFirst({
    where: { id: callId, archivedAt: null, programme: { archivedAt: null } },
    select: { id: true, programmeId: true, identifier: true, title: true, opensOn: true, closesOn: true, budget: true },
  });
}

export async function saveCall(
  user: SessionUser,
  input: z.output<typeof ZSaveCallInput>,
): Promise<{ id: string; programmeId: string }> {
  requireRole(user, FUNDING_MANAGERS);
  const { id, ...data } = input;
  return db.$transaction(async (tx) => {
    const programme = await tx.fundingProgramme.findFirst({
      where: { id: data.programmeId, archivedAt: null },
      select: { id: true },
    });
    if (!programme) throw notFound("theProgramme");
    const before = await loadForWrite(
      id,
      () => tx.call.findFirst({ where: { id, archivedAt: null, programmeId: programme.id } }),
      "theCall",
    );
    const clash = await tx.call.findFirst({
      where: {
        programmeId: data.programmeId,
        identifier: data.identifier,
        ...(before ? { NOT: { id: before.id } } : {}),
      },
      select: { id: true },
    });
    if (clash) throw validationError("identifier", "callIdentifierTaken", { identifier: data.identifier });
    if (!before) {
      const created = await tx.call.create({ data, select: { id: true } });
      await recordAudit(tx, {
        actorId: user.id,
        action: "call.create",
        entityType: "Call",
        entityId: created.id,
        after: data,
      });
      return { id: created.id, programmeId: data.programmeId };
    }
    await tx.call.update({ where: { id: before.id }, data });
    await recordAudit(tx, {
      actorId: user.id,
      action: "call.update",
      entityType: "Call",
      entityId: before.id,
      before,
      after: data,
    });
    return { id: before.id, programmeId: data.programmeId };
  });
}

export async function archiveCall(user: SessionUser, callId: string): Promise<{ programmeId: string }> {
  requireRole(user, FUNDING_MANAGERS);
  return db.$transaction(async (tx) => {
    const call = await tx.call.findFirst({ where: { id: callId, archivedAt: null }, select: { programmeId: true } });
    if (!call) throw notFound("theCall");
    await tx.call.update({ where: { id: callId }, data: { archivedAt: new Date() } });
    await recordAudit(tx, { actorId: user.id, action: "call.archive", entityType: "Call", entityId: callId });
    return call;
  });
}
