import "server-only";
import type { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import type { DeliverableStatus } from "@/generated/prisma/enums";
import {
  FUNDING_MANAGERS,
  managesProject,
  visibleProjectsWhere,
  type ProjectAccess,
  type SessionUser,
} from "@/lib/access/permissions";
import { AppError, notFound } from "@/lib/errors";
import { projectEndDate, projectMonthAt, projectMonthEnd, todayUtc } from "@/lib/format/project-months";
import { PAGE_SIZE, pageCountOf, type TProjectListFilters } from "@/lib/validation/list-filters";
import type { ZCreateProjectInput, ZUpdateProjectInput } from "@/lib/validation/project";
import { OPEN_DELIVERABLE_STATUSES } from "@/lib/workflow/deliverable-status";
import { getProjectAccess } from "./access";
import { recordAudit } from "./audit";
import { db } from "./db";
import { requirePartnershipManager, requireProjectLead, requireRole, validationError } from "./guards";
import {
  OPEN_WORK_PACKAGES_IN_ORDER,
  PARTNERS_IN_ORDER,
  PERIODS_IN_ORDER,
  PROJECT_LIST_FIELDS,
  WORK_PACKAGE_ROWS,
} from "./selects";
import { textSearchWhere } from "./text-search";

export type ProjectListItem = Awaited<ReturnType<typeof findProjects>>["items"][number];

export async function findProjects(user: SessionUser, filters: TProjectListFilters) {
  const where: Prisma.ProjectWhereInput = {
    AND: [
      visibleProjectsWhere(user),
      { archivedAt: null },
      filters.q
        ? ((await textSearchWhere("Project", ["acronym", "title"], filters.q)) as Prisma.ProjectWhereInput)
        : {},
      filters.status ? { status: filters.status } : {},
      filters.programme ? { programmeId: filters.programme } : {},
      filters.country ? { partners: { some: { organisation: { country: filters.country } } } } : {},
    ],
  };
  const [total, items] = await Promise.all([
    db.project.count({ where }),
    db.project.findMany({
      where,
      orderBy: [{ startDate: "desc" }, { acronym: "asc" }],
      skip: (filters.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        ...PROJECT_LIST_FIELDS,
        programme: { select: { id: true, name: true } },
      },
    }),
  ]);
  // Counted for this page's projects: Prisma counts a relation by grouping every project's partners.
  const partnerCounts = await db.projectPartner.groupBy({
    by: ["projectId"],
    where: { projectId: { in: items.map((project) => project.id) } },
    _count: { _all: true },
  });
  const partnersOf = new Map(partnerCounts.map((row) => [row.projectId, row._count._all]));
  return {
    items: items.map((project) => ({ ...project, partnerCount: partnersOf.get(project.id) ?? 0 })),
    total,
    page: filters.page,
    pageCount: pageCountOf(total, PAGE_SIZE),
  };
}

/** Filter choices for the project list: the programmes and partner countries of visible projects. */
export async function findProjectFilterOptions(user: SessionUser) {
  const visible = { AND: [visibleProjectsWhere(user), { archivedAt: null }] };
  const [programmes, partners, leads] = await Promise.all([
    db.fundingProgramme.findMany({
      where: { projects: { some: visible } },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    db.projectPartner.findMany({
      where: { project: visible },
      distinct: ["organisationId"],
      select: { organisation: { select: { country: true } } },
    }),
    db.projectPartner.findMany({
      where: { project: visible, role: "LEAD_PARTNER" },
      distinct: ["organisationId"],
      orderBy: { organisation: { name: "asc" } },
      select: { organisation: { select: { id: true, name: true } } },
    }),
  ]);
  const countries = [...new Set(partners.map((partner) => partner.organisation.country))].sort();
  /** The organisations that coordinate (lead) a visible project. */
  const coordinators = leads.map((lead) => lead.organisation);
  return { programmes, countries, coordinators };
}

export type ProjectDetail = NonNullable<Awaited<ReturnType<typeof getProjectDetail>>>;

/** Up to this many deliverables, the project page lists them all; beyond, the next open ones and counts. */
export const PROJECT_PAGE_DELIVERABLES = 50;
const NEXT_DELIVERABLES = 10;

const PROJECT_PAGE_DELIVERABLE_FIELDS = {
  id: true,
  number: true,
  title: true,
  type: true,
  dissemination: true,
  dueMonth: true,
  status: true,
  workPackage: { select: { number: true } },
  responsiblePartnerId: true,
} satisfies Prisma.DeliverableSelect;

/** The work plan's rows, their lead partner named from the project's partners the page loads anyway. */
const { leadPartner: _leadPartner, ...PROJECT_PAGE_WORK_PACKAGE_FIELDS } = WORK_PACKAGE_ROWS.select;

/** Everything the project page shows, or null where the user may not see the project. */
export async function getProjectDetail(user: SessionUser, projectId: string) {
  const access = await getProjectAccess(user, projectId);
  if (!access) return null;
  // Counted apart: Prisma counts a relation by grouping every project's deliverables.
  const [project, statusCounts] = await Promise.all([
    db.project.findUniqueOrThrow({
      where: { id: projectId },
      select: {
        id: true,
        acronym: true,
        title: true,
        summary: true,
        status: true,
        startDate: true,
        durationMonths: true,
        currency: true,
        totalCost: true,
        grantAmount: true,
        cofinancingRate: true,
        grantAgreementNumber: true,
        isDemo: true,
        programme: { select: { id: true, name: true } },
        call: { select: { identifier: true, title: true } },
        partners: {
          orderBy: { partnerNumber: "asc" },
          select: {
            id: true,
            partnerNumber: true,
            role: true,
            budgetAmount: true,
            organisation: { select: { id: true, name: true, shortName: true, country: true, type: true } },
          },
        },
        reportingPeriods: PERIODS_IN_ORDER,
        workPackages: { ...WORK_PACKAGE_ROWS, select: { ...PROJECT_PAGE_WORK_PACKAGE_FIELDS, leadPartnerId: true } },
        milestones: {
          orderBy: { number: "asc" },
          select: { id: true, number: true, title: true, dueMonth: true, meansOfVerification: true, achievedOn: true },
        },
      },
    }),
    db.deliverable.groupBy({ by: ["status"], where: { projectId }, _count: { _all: true } }),
  ]);
  // An ordinary project lists every deliverable; a large one the next open ones and its counts by status.
  const total = statusCounts.reduce((sum, row) => sum + row._count._all, 0);
  const isLarge = total > PROJECT_PAGE_DELIVERABLES;
  const deliverables = await db.deliverable.findMany({
    where: { projectId, ...(isLarge ? { status: { in: OPEN_DELIVERABLE_STATUSES } } : {}) },
    orderBy: [{ dueMonth: "asc" }, { number: "asc" }],
    ...(isLarge ? { take: NEXT_DELIVERABLES } : {}),
    select: PROJECT_PAGE_DELIVERABLE_FIELDS,
  });
  const today = todayUtc();
  const dueOn = (dueMonth: number) => projectMonthEnd(project.startDate, dueMonth);
  // Who leads a work package or answers for a deliverable is one of the project's partners, all loaded above.
  const partnerById = new Map(project.partners.map((partner) => [partner.id, partner]));
  const partnerNamed = (partnerId: string | null) => {
    const partner = partnerId ? partnerById.get(partnerId) : undefined;
    return partner
      ? { organisation: { name: partner.organisation.name, shortName: partner.organisation.shortName } }
      : null;
  };
  return {
    project: {
      ...project,
      workPackages: project.workPackages.map(({ leadPartnerId, ...workPackage }) => ({
        ...workPackage,
        leadPartner: partnerNamed(leadPartnerId),
      })),
      deliverableSummary: isLarge
        ? {
            total,
            byStatus: Object.fromEntries(statusCounts.map((row) => [row.status, row._count._all])) as Partial<
              Record<DeliverableStatus, number>
            >,
          }
        : null,
      partners: withVisibleBudgets(project.partners, access),
      endDate: projectEndDate(project.startDate, project.durationMonths),
      /** The project month of today: below 1 before the start, above the duration after the end. */
      currentMonth: projectMonthAt(project.startDate, today),
      deliverables: deliverables.map(({ responsiblePartnerId, ...deliverable }) => {
        const dueDate = dueOn(deliverable.dueMonth);
        return {
          ...deliverable,
          responsiblePartner: partnerNamed(responsiblePartnerId)!,
          dueDate,
          isOverdue: OPEN_DELIVERABLE_STATUSES.includes(deliverable.status) && dueDate < today,
        };
      }),
      milestones: project.milestones.map((milestone) => {
        const dueDate = dueOn(milestone.dueMonth);
        return { ...milestone, dueDate, isOverdue: !milestone.achievedOn && dueDate < today };
      }),
    },
    access,
    permissions: {
      canEditProject: FUNDING_MANAGERS.includes(user.role),
      canManagePartners: managesProject(user, access),
      canPlan: access.isLead,
      canSeeBudget: access.canReadAllFunding || access.actsForPartnerIds.length > 0,
    },
  };
}

/** Partners without funding rights see their own organisation's budget share only. */
function withVisibleBudgets<Partner extends { id: string; budgetAmount: Prisma.Decimal }>(
  partners: Partner[],
  access: ProjectAccess,
): (Omit<Partner, "budgetAmount"> & { budgetAmount: Prisma.Decimal | null })[] {
  return partners.map((partner) => ({
    ...partner,
    budgetAmount:
      access.canReadAllFunding || access.actsForPartnerIds.includes(partner.id) ? partner.budgetAmount : null,
  }));
}

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
  if (acronymTaken) throw validationError("acronym", "acronymTaken", { acronym: data.acronym });
  const programme = await tx.fundingProgramme.findFirst({
    where: { id: data.programmeId, archivedAt: null },
    select: { id: true },
  });
  if (!programme) throw validationError("programmeId", "chooseFundingProgramme");
  if (data.callId) {
    const call = await tx.call.findFirst({
      where: { id: data.callId, programmeId: data.programmeId },
      select: { id: true },
    });
    if (!call) throw validationError("callId", "callOfOtherProgramme");
  }
  if (new Prisma.Decimal(data.grantAmount).greaterThan(data.totalCost)) {
    throw validationError("grantAmount", "grantAboveTotalCost");
  }
  if (fields.leadUserId) {
    const lead = await tx.user.findFirst({
      where: { id: fields.leadUserId, deactivatedAt: null, role: { in: ["PROJECT_LEAD", "ADMIN"] } },
      select: { id: true },
    });
    if (!lead) throw validationError("leadUserId", "chooseActiveLead");
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
        throw validationError(`partners.${index}.organisationId`, "chooseKnownOrganisation");
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
      officeFlatRatePercent: true,
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
    if (!before) throw notFound("theProject");
    const data = await checkProjectFields(tx, fields, id);
    const lastMonth = await lastPlannedMonth(tx, id);
    if (data.durationMonths < lastMonth) {
      throw validationError("durationMonths", "durationBelowWorkPlan", { month: lastMonth });
    }
    // Only where nobody else saved in between: otherwise their changes would be lost silently.
    const { count } = await tx.project.updateMany({
      where: { id, version },
      data: { ...data, version: { increment: 1 } },
    });
    if (count === 0) {
      throw new AppError("CONFLICT", "projectChangedMeanwhile");
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

/**
 * For the planning pages: the project with its partners and work packages, when the user may change this part of it
 * (partners: lead or coordinator; the plan: the lead).
 */
export async function getProjectPlanningHeading(user: SessionUser, projectId: string, area: "partners" | "plan") {
  await (area === "partners" ? requirePartnershipManager(user, projectId) : requireProjectLead(user, projectId));
  const project = await db.project.findUniqueOrThrow({
    where: { id: projectId },
    select: {
      id: true,
      acronym: true,
      currency: true,
      startDate: true,
      durationMonths: true,
      partners: PARTNERS_IN_ORDER,
      workPackages: {
        ...OPEN_WORK_PACKAGES_IN_ORDER,
        select: { id: true, number: true, title: true },
      },
    },
  });
  return project;
}
