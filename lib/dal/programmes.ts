import "server-only";
import { visibleProjectsWhere, type SessionUser } from "@/lib/auth/permissions";
import { db } from "./db";

/** Programmes and calls are public information; the projects under them are filtered per user. */
export async function findProgrammes(user: SessionUser) {
  return db.fundingProgramme.findMany({
    where: { archivedAt: null },
    orderBy: { name: "asc" },
    select: {
      id: true,
      code: true,
      name: true,
      managedBy: true,
      _count: {
        select: {
          calls: { where: { archivedAt: null } },
          projects: { where: { AND: [visibleProjectsWhere(user), { archivedAt: null }] } },
        },
      },
    },
  });
}

export async function getProgrammeDetail(user: SessionUser, programmeId: string) {
  return db.fundingProgramme.findFirst({
    where: { id: programmeId, archivedAt: null },
    select: {
      id: true,
      code: true,
      name: true,
      description: true,
      managedBy: true,
      currency: true,
      calls: {
        where: { archivedAt: null },
        orderBy: { opensOn: "desc" },
        select: { id: true, identifier: true, title: true, opensOn: true, closesOn: true, budget: true },
      },
      projects: {
        where: { AND: [visibleProjectsWhere(user), { archivedAt: null }] },
        orderBy: { startDate: "desc" },
        select: {
          id: true,
          acronym: true,
          title: true,
          status: true,
          startDate: true,
          durationMonths: true,
          call: { select: { identifier: true } },
        },
      },
    },
  });
}
