import "server-only";
import type { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import type { DeliverableStatus } from "@/generated/prisma/enums";
import { seesChecksums, type ProjectAccess, type SessionUser } from "@/lib/access/permissions";
import { AppError, forbidden, notFound } from "@/lib/errors";
import { term } from "@/lib/i18n/message";
import { addDays, lastMonthEndingBy, projectMonthAt, projectMonthEnd, todayUtc } from "@/lib/format/project-months";
import {
  DELIVERABLES_PAGE_SIZE,
  type TDeliverableListFilters,
  type ZAddDeliverableCommentInput,
  type ZBulkChangeStatusInput,
  type ZChangeDeliverableStatusInput,
} from "@/lib/validation/deliverable";
import { DELIVERABLE_NUMBER, type ZSaveDeliverableInput } from "@/lib/validation/work-plan";
import { pageCountOf } from "@/lib/validation/list-filters";
import {
  availableTransitions,
  checkTransition,
  OPEN_DELIVERABLE_STATUSES,
  isDeletable,
  submissionNeeds,
  type DeliverableActor,
} from "@/lib/workflow/deliverable-status";
import { recordAudit } from "./audit";
import { db } from "./db";
import { loadForWrite, requireProjectAccess, requireProjectLead, validationError } from "./guards";
import { announce } from "./notifications";
import {
  assertPartnerOfProject,
  assertWithinProject,
  projectDuration,
  upsertPlanItem,
  type DeleteInput,
  type Tx,
} from "./plan-item-rules";
import { DELIVERABLE_REGISTER_FIELDS, DOCUMENTS, PARTNERS_IN_ORDER } from "./selects";
import { freezeLatestVersions } from "./files";

/** The lead, the project's partners and coordinators discuss deliverables; viewers read. */
function canComment(user: SessionUser, access: ProjectAccess): boolean {
  return access.isLead || access.actsForPartnerIds.length > 0 || user.role === "COORDINATOR";
}

/** In which capacities the user acts on a deliverable: as the project's lead, as its responsible partner. */
function actorsFor(access: ProjectAccess, responsiblePartnerId: string): DeliverableActor[] {
  const actors: DeliverableActor[] = [];
  if (access.isLead) actors.push("LEAD");
  if (access.actsForPartnerIds.includes(responsiblePartnerId)) actors.push("RESPONSIBLE_PARTNER");
  return actors;
}

/**
 * The filters as a Prisma condition. Due dates derive from the project's start, so "overdue" and "due in
 * the next N days" become ranges of due months for this project.
 */
function listWhere(
  projectId: string,
  projectStart: Date,
  filters: Partial<TDeliverableListFilters>,
  today: Date,
): Prisma.DeliverableWhereInput {
  const where: Prisma.DeliverableWhereInput = { projectId };
  if (filters.status) where.status = filters.status;
  if (filters.partner) where.responsiblePartnerId = filters.partner;
  if (filters.due === "overdue") {
    return {
      ...where,
      status: filters.status ?? { in: OPEN_DELIVERABLE_STATUSES },
      dueMonth: { lte: lastMonthEndingBy(projectStart, addDays(today, -1)) },
    };
  }
  if (filters.due) {
    const horizon = addDays(today, Number(filters.due));
    return {
      ...where,
      ...(filters.status ? {} : { status: { in: OPEN_DELIVERABLE_STATUSES } }),
      dueMonth: {
        gte: Math.max(1, projectMonthAt(projectStart, today)),
        lte: lastMonthEndingBy(projectStart, horizon),
      },
    };
  }
  return where;
}

const SORTS: Record<NonNullable<TDeliverableListFilters["sort"]>, Prisma.DeliverableOrderByWithRelationInput[]> = {
  due: [{ dueMonth: "asc" }, { number: "asc" }],
  number: [{ number: "asc" }],
  status: [{ status: "asc" }, { dueMonth: "asc" }],
};

/**
 * The project's deliverables for the lead's list: one query whatever the number of deliverables, with what
 * each row shows and the moves this user could make on it.
 */
export async function findProjectDeliverables(
  user: SessionUser,
  projectId: string,
  filters: Partial<TDeliverableListFilters>,
  today = todayUtc(),
) {
  const access = await requireProjectAccess(user, projectId);
  const project = await db.project.findUniqueOrThrow({
    where: { id: projectId },
    select: {
      id: true,
      acronym: true,
      startDate: true,
      durationMonths: true,
      partners: PARTNERS_IN_ORDER,
    },
  });
  const where = listWhere(projectId, project.startDate, filters, today);
  const page = filters.all ? 1 : (filters.page ?? 1);
  const [total, deliverables] = await Promise.all([
    db.deliverable.count({ where }),
    db.deliverable.findMany({
      where,
      orderBy: SORTS[filters.sort ?? "due"],
      ...(filters.all ? {} : { skip: (page - 1) * DELIVERABLES_PAGE_SIZE, take: DELIVERABLES_PAGE_SIZE }),
      select: {
        id: true,
        number: true,
        title: true,
        status: true,
        dueMonth: true,
        version: true,
        responsiblePartnerId: true,
        workPackage: { select: { id: true, number: true, title: true } },
        responsiblePartner: { select: { organisation: { select: { name: true } } } },
      },
    }),
  ]);
  const rows = deliverables.map((deliverable) => {
    const dueDate = projectMonthEnd(project.startDate, deliverable.dueMonth);
    return {
      ...deliverable,
      dueDate,
      isOverdue: OPEN_DELIVERABLE_STATUSES.includes(deliverable.status) && dueDate < today,
      moves: availableTransitions(deliverable.status, actorsFor(access, deliverable.responsiblePartnerId)).map(
        (move) => move.to,
      ),
    };
  });
  const pageCount = filters.all ? 1 : pageCountOf(total, DELIVERABLES_PAGE_SIZE);
  return { project, access, rows, total, page, pageCount };
}

export type DeliverableRow = Awaited<ReturnType<typeof findProjectDeliverables>>["rows"][number];

/** Every deliverable of the project for its register (an export): whoever sees the project sees them all. */
export async function findDeliverableRegister(user: SessionUser, projectId: string) {
  await requireProjectAccess(user, projectId);
  const project = await db.project.findUniqueOrThrow({
    where: { id: projectId },
    select: { acronym: true, startDate: true, currency: true },
  });
  const deliverables = await db.deliverable.findMany({
    where: { projectId },
    orderBy: [{ dueMonth: "asc" }, { number: "asc" }],
    select: DELIVERABLE_REGISTER_FIELDS,
  });
  return {
    project,
    deliverables: deliverables.map((row) => ({ ...row, dueDate: projectMonthEnd(project.startDate, row.dueMonth) })),
  };
}

/** One deliverable with its history and comments, and what this user may do with it. */
export async function getDeliverableDetail(
  user: SessionUser,
  projectId: string,
  deliverableId: string,
  today = todayUtc(),
) {
  const access = await requireProjectAccess(user, projectId);
  const deliverable = await db.deliverable.findFirst({
    where: { id: deliverableId, projectId },
    select: {
      id: true,
      number: true,
      title: true,
      description: true,
      type: true,
      dissemination: true,
      dueMonth: true,
      status: true,
      version: true,
      submittedAt: true,
      approvedAt: true,
      lateJustification: true,
      responsiblePartnerId: true,
      updatedAt: true,
      project: { select: { id: true, acronym: true, startDate: true } },
      workPackage: { select: { number: true, title: true } },
      responsiblePartner: { select: { partnerNumber: true, organisation: { select: { name: true } } } },
      statusChanges: {
        orderBy: { createdAt: "desc" },
        select: {
          id: true,
          fromStatus: true,
          toStatus: true,
          comment: true,
          byFirstUpload: true,
          createdAt: true,
          actor: { select: { name: true } },
        },
      },
      comments: {
        orderBy: { createdAt: "asc" },
        select: { id: true, body: true, createdAt: true, author: { select: { name: true } } },
      },
      documents: DOCUMENTS,
    },
  });
  if (!deliverable) return null;
  const dueDate = projectMonthEnd(deliverable.project.startDate, deliverable.dueMonth);
  const actors = actorsFor(access, deliverable.responsiblePartnerId);
  const offered = availableTransitions(deliverable.status, actors);
  const submitNeeds =
    deliverable.documents.length === 0 && offered.some((move) => move.to === "SUBMITTED")
      ? submissionNeeds(deliverable.type)
      : undefined;
  // A document-type deliverable with nothing uploaded is not offered Submit, which would be refused; one of another
  // type is, with the comment (where it is) required.
  const moves = offered.flatMap((move) =>
    move.to !== "SUBMITTED" || !submitNeeds
      ? [move]
      : submitNeeds === "document"
        ? []
        : [{ ...move, needsComment: true }],
  );
  return {
    deliverable,
    dueDate,
    isPastDue: dueDate < today,
    isOverdue: OPEN_DELIVERABLE_STATUSES.includes(deliverable.status) && dueDate < today,
    moves,
    // Said beside the moves: why Submit is not offered, or what it needs without a document.
    submitNeeds: submitNeeds ?? null,
    canComment: canComment(user, access),
    canEditPlan: access.isLead,
    canDelete:
      access.isLead &&
      isDeletable(
        deliverable.status,
        deliverable.statusChanges.length + deliverable.comments.length + deliverable.documents.length,
      ),
    canUpload: actors.length > 0 && OPEN_DELIVERABLE_STATUSES.includes(deliverable.status),
    seesChecksums: seesChecksums(user, access),
  };
}

const transitionSelect = {
  id: true,
  number: true,
  status: true,
  version: true,
  dueMonth: true,
  responsiblePartnerId: true,
  type: true,
  project: { select: { startDate: true, acronym: true } },
} as const;

type TransitionTarget = Prisma.DeliverableGetPayload<{ select: typeof transitionSelect }> & { documents: number };

/**
 * The deliverables to move, each with how many documents it has. Counted for these deliverables only: Prisma counts
 * a relation by grouping every deliverable's documents.
 */
async function transitionTargets(tx: Tx, where: Prisma.DeliverableWhereInput): Promise<TransitionTarget[]> {
  const found = await tx.deliverable.findMany({ where, select: transitionSelect });
  if (found.length === 0) return [];
  const counts = await tx.document.groupBy({
    by: ["deliverableId"],
    where: { deliverableId: { in: found.map((deliverable) => deliverable.id) } },
    _count: { _all: true },
  });
  const documentsOf = new Map(counts.map((row) => [row.deliverableId, row._count._all]));
  return found.map((deliverable) => ({ ...deliverable, documents: documentsOf.get(deliverable.id) ?? 0 }));
}
type TransitionInput = {
  projectId: string;
  toStatus: DeliverableStatus;
  version?: number;
  comment: string | null;
  lateJustification: string | null;
};

/**
 * Moves loaded deliverables and records every step, within the caller's transaction. The first refusal
 * throws, so that the transaction leaves every deliverable as it was.
 */
async function applyTransitions(
  tx: Tx,
  user: SessionUser,
  access: ProjectAccess,
  targets: TransitionTarget[],
  input: TransitionInput,
  today: Date,
) {
  const now = new Date();
  const steps: Prisma.DeliverableStatusChangeCreateManyInput[] = [];
  const events: Prisma.AuditEventCreateManyInput[] = [];
  for (const deliverable of targets) {
    if (input.version !== undefined && input.version !== deliverable.version)
      throw await deliverableConflict(tx, deliverable.id);
    const isPastDue = projectMonthEnd(deliverable.project.startDate, deliverable.dueMonth) < today;
    const check = checkTransition({
      from: deliverable.status,
      to: input.toStatus,
      actors: actorsFor(access, deliverable.responsiblePartnerId),
      isPastDue,
      comment: input.comment,
      lateJustification: input.lateJustification,
      evidence: { type: deliverable.type, documents: deliverable.documents },
    });
    if (!check.ok) {
      const values = { number: deliverable.number, reason: check.reason };
      throw check.kind === "forbidden"
        ? forbidden("deliverableMoveRefused", values)
        : new AppError("VALIDATION", "deliverableMoveRefused", values);
    }
    const changes: Prisma.DeliverableUpdateManyMutationInput = { status: input.toStatus, version: { increment: 1 } };
    if (input.toStatus === "SUBMITTED") {
      changes.submittedAt = now;
      changes.lateJustification = isPastDue ? input.lateJustification : null;
    }
    if (input.toStatus === "APPROVED") changes.approvedAt = now;
    if (input.toStatus === "DRAFT") changes.approvedAt = null;
    // The version in the condition makes a simultaneous change by someone else fail here instead of being overwritten.
    const { count } = await tx.deliverable.updateMany({
      where: { id: deliverable.id, version: deliverable.version },
      data: changes,
    });
    if (count === 0) throw await deliverableConflict(tx, deliverable.id);
    steps.push({
      deliverableId: deliverable.id,
      fromStatus: deliverable.status,
      toStatus: input.toStatus,
      comment: input.comment,
      actorId: user.id,
      createdAt: now,
    });
    events.push({
      actorId: user.id,
      action: "deliverable.status",
      entityType: "Deliverable",
      entityId: deliverable.id,
      projectId: input.projectId,
      before: JSON.stringify({ number: deliverable.number, status: deliverable.status }),
      after: JSON.stringify({
        number: deliverable.number,
        status: input.toStatus,
        comment: input.comment,
        lateJustification: changes.lateJustification ?? undefined,
      }),
      createdAt: now,
    });
  }
  if (input.toStatus === "SUBMITTED") {
    // The submitted version is frozen: it can no longer be replaced.
    for (const deliverable of targets) await freezeLatestVersions(tx, { deliverableId: deliverable.id });
  }
  await tx.deliverableStatusChange.createMany({ data: steps });
  await tx.auditEvent.createMany({ data: events });
  await announce(
    tx,
    ...targets.map((deliverable) => ({
      projectId: input.projectId,
      actorId: user.id,
      kind: "DELIVERABLE_STATUS_CHANGED" as const,
      params: { acronym: deliverable.project.acronym, number: deliverable.number, status: input.toStatus },
      href: `/projects/${input.projectId}/deliverables/${deliverable.id}`,
      toLeads: true,
      toPartnerId: deliverable.responsiblePartnerId,
    })),
  );
}

export async function changeDeliverableStatus(
  user: SessionUser,
  input: z.output<typeof ZChangeDeliverableStatusInput>,
  today = todayUtc(),
) {
  const access = await requireProjectAccess(user, input.projectId);
  await db.$transaction(async (tx) => {
    const [deliverable] = await transitionTargets(tx, { id: input.deliverableId, projectId: input.projectId });
    if (!deliverable) throw notFound("theDeliverable");
    await applyTransitions(tx, user, access, [deliverable], input, today);
  });
  return { projectId: input.projectId, deliverableId: input.deliverableId };
}

/** Several deliverables at once, all or nothing: one refusal leaves every deliverable as it was. */
export async function bulkChangeDeliverableStatus(
  user: SessionUser,
  input: z.output<typeof ZBulkChangeStatusInput>,
  today = todayUtc(),
) {
  const access = await requireProjectAccess(user, input.projectId);
  const ids = [...new Set(input.deliverableIds)];
  await db.$transaction(async (tx) => {
    const found = await transitionTargets(tx, { id: { in: ids }, projectId: input.projectId });
    if (found.length !== ids.length) throw notFound("oneOfTheSelectedDeliverables");
    const byId = new Map(found.map((deliverable) => [deliverable.id, deliverable]));
    await applyTransitions(
      tx,
      user,
      access,
      ids.map((id) => byId.get(id)!),
      input,
      today,
    );
  });
  return { count: ids.length };
}

export async function addDeliverableComment(user: SessionUser, input: z.output<typeof ZAddDeliverableCommentInput>) {
  const access = await requireProjectAccess(user, input.projectId);
  const deliverable = await db.deliverable.findFirst({
    where: { id: input.deliverableId, projectId: input.projectId },
    select: { id: true },
  });
  if (!deliverable) throw notFound("theDeliverable");
  if (!canComment(user, access)) throw forbidden("onlyMembersComment");
  return db.$transaction(async (tx) => {
    const comment = await tx.deliverableComment.create({
      data: { deliverableId: input.deliverableId, authorId: user.id, body: input.body },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "deliverable.comment",
      entityType: "Deliverable",
      entityId: input.deliverableId,
      projectId: input.projectId,
      after: { comment: input.body },
    });
    return { id: comment.id, projectId: input.projectId, deliverableId: input.deliverableId };
  });
}

export async function saveDeliverable(user: SessionUser, input: z.output<typeof ZSaveDeliverableInput>) {
  await requireProjectLead(user, input.projectId);
  const { id, projectId, ...data } = input;
  return db.$transaction(async (tx) => {
    const before = await loadForWrite(
      id,
      () => tx.deliverable.findFirst({ where: { id, projectId } }),
      "theDeliverable",
    );
    assertWithinProject(await projectDuration(tx, projectId), { dueMonth: data.dueMonth });
    await assertPartnerOfProject(tx, projectId, data.responsiblePartnerId, "responsiblePartnerId");
    const workPackage = await tx.workPackage.findFirst({
      where: { id: data.workPackageId, projectId, archivedAt: null },
      select: { number: true },
    });
    if (!workPackage) throw validationError("workPackageId", "chooseWorkPackageOfProject");
    const numberedWorkPackage = Number(DELIVERABLE_NUMBER.exec(data.number)?.[1]);
    if (numberedWorkPackage !== workPackage.number) {
      throw validationError("number", "deliverableNumberInOtherWorkPackage", {
        number: data.number,
        numbered: numberedWorkPackage,
        workPackage: workPackage.number,
      });
    }
    const taken = await tx.deliverable.findFirst({
      where: { projectId, number: data.number, ...(id ? { NOT: { id } } : {}) },
      select: { id: true },
    });
    if (taken) throw validationError("number", "deliverableNumberTaken", { number: data.number });
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
  return new AppError("CONFLICT", "deliverableChangedMeanwhile", {
    number: current.number,
    title: current.title,
    dueMonth: current.dueMonth,
    status: term(current.status),
    savedAt: current.updatedAt.toISOString().slice(0, 16).replace("T", " "),
  });
}

/** Deletes a deliverable that `isDeletable` allows; any other is refused, its history kept. */
export async function deleteDeliverable(user: SessionUser, input: DeleteInput) {
  await requireProjectLead(user, input.projectId);
  await db.$transaction(async (tx) => {
    const deliverable = await tx.deliverable.findFirst({
      where: { id: input.id, projectId: input.projectId },
      include: { _count: { select: { files: true, statusChanges: true, comments: true } } },
    });
    if (!deliverable) throw notFound("theDeliverable");
    const { files, statusChanges, comments } = deliverable._count;
    if (!isDeletable(deliverable.status, files + statusChanges + comments)) {
      throw new AppError("CONFLICT", "deliverableHasHistory", { number: deliverable.number });
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
