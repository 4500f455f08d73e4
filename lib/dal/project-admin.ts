import "server-only";
import type { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/permissions";
import { AppError, notFound } from "@/lib/errors";
import type {
  ZCreateProjectInput,
  ZRemovePartnerInput,
  ZSavePartnerInput,
  ZUpdateProjectInput,
} from "@/lib/validation/project";
import { recordAudit } from "./audit";
import { db } from "./db";
import { FUNDING_MANAGERS, loadForWrite, requirePartnershipManager, requireRole, validationError } from "./guards";

type Tx = Prisma.TransactionClient;
type ProjectFields = Omit<z.output<typeof ZCreateProjectInput>, "partners">;

const toRate = (percent: string) => new Prisma.Decimal(percent).dividedBy(100).toString();

/** Checks shared by creating and editing a project; returns the row data. */
async function checkProjectFields(tx: Tx, fields: ProjectFields, projectId?: string) {
  const { cofinancingRatePercent, leadUserId: _leadUserId, ...data } = fields;
  const acronymTaken = await tx.project.findFirst({
    where: { acronym: data.acronym, ...(projectId ? { NOT: { id: projectId } } : {}) },
    select: { id: true },
  });
  if (acronymTaken) throw validationError("acronym", `Another project is already called ${data.acronym}.`);
  const programme = await tx.fundingProgramme.findFirst({
    where: { id: data.programmeId, archivedAt: null },
    select: { id: true },
  });
  if (!programme) throw validationError("programmeId", "Choose a funding programme.");
  if (data.callId) {
    const call = await tx.call.findFirst({
      where: { id: data.callId, programmeId: data.programmeId },
      select: { id: true },
    });
    if (!call) throw validationError("callId", "This call belongs to another programme.");
  }
  if (new Prisma.Decimal(data.grantAmount).greaterThan(data.totalCost)) {
    throw validationError("grantAmount", "The grant cannot exceed the total cost.");
  }
  if (fields.leadUserId) {
    const lead = await tx.user.findFirst({
      where: { id: fields.leadUserId, deactivatedAt: null, role: { in: ["PROJECT_LEAD", "ADMIN"] } },
      select: { id: true },
    });
    if (!lead) throw validationError("leadUserId", "Choose an active project lead.");
  }
  return { ...data, cofinancingRate: toRate(cofinancingRatePercent) };
}

/** Makes `leadUserId` the project's one LEAD member (or leaves it without one). */
async function setProjectLead(tx: Tx, projectId: string, leadUserId: string | null) {
  await tx.projectMembership.deleteMany({
    where: { projectId, role: "LEAD", ...(leadUserId ? { NOT: { userId: leadUserId } } : {}) },
  });
  if (leadUserId) {
    await tx.projectMembership.upsert({
      where: { userId_projectId: { userId: leadUserId, projectId } },
      create: { userId: leadUserId, projectId, role: "LEAD" },
      update: { role: "LEAD" },
    });
  }
}

export async function createProject(
  user: SessionUser,
  input: z.output<typeof ZCreateProjectInput>,
): Promise<{ id: string }> {
  requireRole(user, FUNDING_MANAGERS);
  const { partners, ...fields } = input;
  return db.$transaction(async (tx) => {
    const data = await checkProjectFields(tx, fields);
    const organisations = await tx.organisation.findMany({
      where: { id: { in: partners.map((partner) => partner.organisationId) }, archivedAt: null },
      select: { id: true },
    });
    partners.forEach((partner, index) => {
      if (!organisations.some((organisation) => organisation.id === partner.organisationId)) {
        throw validationError(`partners.${index}.organisationId`, "Choose an organisation from the directory.");
      }
    });
    const project = await tx.project.create({ data, select: { id: true } });
    // The lead partner is PP1; the others follow in the order given.
    const ordered = [...partners].sort((a, b) => Number(b.role === "LEAD_PARTNER") - Number(a.role === "LEAD_PARTNER"));
    for (const [index, partner] of ordered.entries()) {
      await tx.projectPartner.create({ data: { ...partner, projectId: project.id, partnerNumber: index + 1 } });
    }
    await setProjectLead(tx, project.id, fields.leadUserId);
    await recordAudit(tx, {
      actorId: user.id,
      action: "project.create",
      entityType: "Project",
      entityId: project.id,
      projectId: project.id,
      after: { ...data, partners: ordered, leadUserId: fields.leadUserId },
    });
    return project;
  });
}

export async function getProjectForEdit(user: SessionUser, projectId: string) {
  requireRole(user, FUNDING_MANAGERS);
  return db.project.findFirst({
    where: { id: projectId, archivedAt: null },
    select: {
      id: true,
      version: true,
      acronym: true,
      title: true,
      summary: true,
      programmeId: true,
      callId: true,
      startDate: true,
      durationMonths: true,
      status: true,
      currency: true,
      totalCost: true,
      grantAmount: true,
      cofinancingRate: true,
      grantAgreementNumber: true,
      members: { where: { role: "LEAD" }, select: { userId: true }, take: 1 },
    },
  });
}

/** The last project month anything in the plan uses: the duration cannot be shorter. */
async function lastPlannedMonth(tx: Tx, projectId: string): Promise<number> {
  const [workPackage, deliverable, milestone, period] = await Promise.all([
    tx.workPackage.aggregate({ where: { projectId, archivedAt: null }, _max: { endMonth: true } }),
    tx.deliverable.aggregate({ where: { projectId }, _max: { dueMonth: true } }),
    tx.milestone.aggregate({ where: { projectId }, _max: { dueMonth: true } }),
    tx.reportingPeriod.aggregate({ where: { projectId }, _max: { endMonth: true } }),
  ]);
  return Math.max(
    workPackage._max.endMonth ?? 0,
    deliverable._max.dueMonth ?? 0,
    milestone._max.dueMonth ?? 0,
    period._max.endMonth ?? 0,
  );
}

export async function updateProject(
  user: SessionUser,
  input: z.output<typeof ZUpdateProjectInput>,
): Promise<{ id: string }> {
  requireRole(user, FUNDING_MANAGERS);
  const { id, version, ...fields } = input;
  return db.$transaction(async (tx) => {
    const before = await tx.project.findFirst({ where: { id, archivedAt: null } });
    if (!before) throw notFound("The project");
    const data = await checkProjectFields(tx, fields, id);
    const lastMonth = await lastPlannedMonth(tx, id);
    if (data.durationMonths < lastMonth) {
      throw validationError(
        "durationMonths",
        `The work plan runs until M${lastMonth}: the duration cannot be shorter.`,
      );
    }
    // Only where nobody else saved in between: otherwise their changes would be lost silently.
    const { count } = await tx.project.updateMany({
      where: { id, version },
      data: { ...data, version: { increment: 1 } },
    });
    if (count === 0) {
      throw new AppError(
        "CONFLICT",
        "Someone else changed this project since you opened it. Reload the page to see their changes; nothing was saved.",
      );
    }
    await setProjectLead(tx, id, fields.leadUserId);
    await recordAudit(tx, {
      actorId: user.id,
      action: "project.update",
      entityType: "Project",
      entityId: id,
      projectId: id,
      before,
      after: data,
    });
    return { id };
  });
}

// --- Partners ----------------------------------------------------------------------------------------

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
      "The partner",
    );
    const organisation = await tx.organisation.findFirst({
      where: { id: data.organisationId, archivedAt: null },
      select: { id: true },
    });
    if (!organisation) throw validationError("organisationId", "Choose an organisation from the directory.");
    const taken = await tx.projectPartner.findFirst({
      where: { projectId, organisationId: data.organisationId, ...(id ? { NOT: { id } } : {}) },
      select: { id: true },
    });
    if (taken) throw validationError("organisationId", "This organisation is already a partner of the project.");
    if (before?.role === "LEAD_PARTNER" && data.role !== "LEAD_PARTNER") {
      throw validationError("role", "A project has exactly one lead partner: make another partner the lead instead.");
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
    if (!partner) throw notFound("The partner");
    if (partner.role === "LEAD_PARTNER") {
      throw new AppError("CONFLICT", "The lead partner cannot be removed: make another partner the lead first.");
    }
    const { responsibleDeliverables, ledWorkPackages, reports, budgetLines } = partner._count;
    if (responsibleDeliverables + ledWorkPackages + reports + budgetLines > 0) {
      throw new AppError(
        "CONFLICT",
        `${partner.organisation.name} is responsible for deliverables or work packages, or has reports or budget lines. Reassign or remove those first.`,
      );
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

// --- Choices for the forms ---------------------------------------------------------------------------

export async function findProjectFormOptions() {
  const [programmes, leads] = await Promise.all([
    db.fundingProgramme.findMany({
      where: { archivedAt: null },
      orderBy: { name: "asc" },
      select: {
        id: true,
        name: true,
        calls: {
          where: { archivedAt: null },
          orderBy: { opensOn: "desc" },
          select: { id: true, identifier: true, title: true },
        },
      },
    }),
    db.user.findMany({
      where: { deactivatedAt: null, role: { in: ["PROJECT_LEAD", "ADMIN"] } },
      orderBy: { name: "asc" },
      select: { id: true, name: true, email: true },
    }),
  ]);
  return { programmes, leads };
}
