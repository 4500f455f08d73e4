import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { visibleProjectsWhere, type ProjectAccess, type SessionUser } from "@/lib/auth/permissions";
import { PAGE_SIZE, type TProjectListFilters } from "@/lib/validation/list-filters";
import { getProjectAccess } from "./access";
import { db } from "./db";
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
  const [total, items] = await db.$transaction([
    db.project.count({ where }),
    db.project.findMany({
      where,
      orderBy: [{ startDate: "desc" }, { acronym: "asc" }],
      skip: (filters.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        acronym: true,
        title: true,
        status: true,
        startDate: true,
        durationMonths: true,
        programme: { select: { id: true, name: true } },
        _count: { select: { partners: true } },
      },
    }),
  ]);
  return { items, total, page: filters.page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

/** Filter choices for the project list: the programmes and partner countries of visible projects. */
export async function findProjectFilterOptions(user: SessionUser) {
  const visible = { AND: [visibleProjectsWhere(user), { archivedAt: null }] };
  const [programmes, partners] = await db.$transaction([
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
  ]);
  const countries = [...new Set(partners.map((partner) => partner.organisation.country))].sort();
  return { programmes, countries };
}

export type ProjectDetail = NonNullable<Awaited<ReturnType<typeof getProjectDetail>>>;

/** Everything the project page shows, or null where the user may not see the project. */
export async function getProjectDetail(user: SessionUser, projectId: string) {
  const access = await getProjectAccess(user, projectId);
  if (!access) return null;
  const project = await db.project.findUniqueOrThrow({
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
      reportingPeriods: {
        orderBy: { number: "asc" },
        select: { id: true, number: true, startMonth: true, endMonth: true },
      },
      workPackages: {
        where: { archivedAt: null },
        orderBy: { number: "asc" },
        select: {
          id: true,
          number: true,
          title: true,
          startMonth: true,
          endMonth: true,
          leadPartner: { select: { organisation: { select: { name: true, shortName: true } } } },
        },
      },
      deliverables: {
        orderBy: [{ dueMonth: "asc" }, { number: "asc" }],
        select: {
          id: true,
          number: true,
          title: true,
          type: true,
          dissemination: true,
          dueMonth: true,
          status: true,
          workPackage: { select: { number: true } },
          responsiblePartner: { select: { organisation: { select: { name: true, shortName: true } } } },
        },
      },
      milestones: {
        orderBy: { number: "asc" },
        select: { id: true, number: true, title: true, dueMonth: true, meansOfVerification: true, achievedOn: true },
      },
    },
  });
  return { project: withVisibleBudgets(project, access), access };
}

/** Partners without funding rights see their own organisation's budget share only. */
function withVisibleBudgets<P extends { partners: { id: string; budgetAmount: Prisma.Decimal }[] }>(
  project: P,
  access: ProjectAccess,
) {
  return {
    ...project,
    partners: project.partners.map((partner) => ({
      ...partner,
      budgetAmount:
        access.canReadAllFunding || access.actsForPartnerIds.includes(partner.id) ? partner.budgetAmount : null,
    })),
  };
}
