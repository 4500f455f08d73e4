/**
 * Who may see and do what. Pure rules over a signed-in user and facts loaded from the database, so that
 * every page, server action and route handler applies the same ones (and tests can check them alone).
 *
 * - ADMIN: everything.
 * - COORDINATOR: every project, with its funding data (budgets, payments).
 * - PROJECT_LEAD: the projects they are a member of; leads those where their membership is LEAD.
 * - PARTNER: the projects their organisation takes part in; acts only for that organisation.
 * - VIEWER: the projects they are a member of, read only.
 */
import type { Prisma, ProjectMemberRole, UserRole } from "@/generated/prisma/client";

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  organisationId: string | null;
};

/** Administrators and coordinators manage programmes, calls, organisations and projects. */
export const FUNDING_MANAGERS: UserRole[] = ["ADMIN", "COORDINATOR"];

export function seesAllProjects(user: SessionUser): boolean {
  return user.role === "ADMIN" || user.role === "COORDINATOR";
}

/**
 * The Prisma filter for the projects a user may see. Built from a required user, never from an optional
 * session: an `undefined` id would make Prisma drop the condition and show everything.
 */
export function visibleProjectsWhere(user: SessionUser): Prisma.ProjectWhereInput {
  if (!user.id) throw new Error("visibleProjectsWhere needs a signed-in user");
  if (seesAllProjects(user)) return {};
  const routes: Prisma.ProjectWhereInput[] = [{ members: { some: { userId: user.id } } }];
  if (user.role === "PARTNER" && user.organisationId) {
    routes.push({ partners: { some: { organisationId: user.organisationId } } });
  }
  return { OR: routes };
}

/**
 * The projects whose submissions this user reviews: every project for administrators and coordinators, the
 * projects they lead for the rest, none for viewers (null).
 */
export function reviewedProjectsWhere(user: SessionUser): Prisma.ProjectWhereInput | null {
  if (!user.id) throw new Error("reviewedProjectsWhere needs a signed-in user");
  if (seesAllProjects(user)) return {};
  if (user.role === "VIEWER") return null;
  return { members: { some: { userId: user.id, role: "LEAD" } } };
}

/** Facts about one user on one project, loaded by the data layer. */
export type ProjectFacts = {
  membershipRole: ProjectMemberRole | null;
  /** The ProjectPartner ids of the user's own organisation in this project. */
  ownPartnerIds: string[];
};

export type ProjectAccess = {
  canView: boolean;
  /** Plan the project: work packages, deliverables, milestones; submit, approve and reject deliverables. */
  isLead: boolean;
  /** See every partner's budget lines and payments. */
  canReadAllFunding: boolean;
  /** The partners the user may act for (upload, report); a PARTNER acts only for its own organisation. */
  actsForPartnerIds: string[];
};

/** Who manages a project's partners, budget and payments: its lead, coordinators and administrators. */
export function managesProject(user: SessionUser, access: ProjectAccess): boolean {
  return access.isLead || seesAllProjects(user);
}

/**
 * Who sees files' SHA-256 checksums beside them: those who check what was sent (the project's lead, coordinators,
 * administrators). Partners and viewers download the files; the checksum stays in the download's metadata.
 */
export function seesChecksums(user: SessionUser, access: ProjectAccess): boolean {
  return managesProject(user, access);
}

export function projectAccess(user: SessionUser, facts: ProjectFacts): ProjectAccess {
  const isAdmin = user.role === "ADMIN";
  const isLead = isAdmin || (user.role !== "VIEWER" && facts.membershipRole === "LEAD");
  const isPartnerOfProject = user.role === "PARTNER" && facts.ownPartnerIds.length > 0;
  const canView = seesAllProjects(user) || facts.membershipRole !== null || isPartnerOfProject;
  return {
    canView,
    isLead,
    canReadAllFunding: isAdmin || user.role === "COORDINATOR" || isLead,
    actsForPartnerIds: canView && user.role === "PARTNER" ? facts.ownPartnerIds : [],
  };
}

/**
 * Who edits an organisation's competence profile: its own people (not viewers, who only read), coordinators and
 * administrators.
 */
export function editsOrganisationProfile(user: SessionUser, organisationId: string): boolean {
  if (seesAllProjects(user)) return true;
  return user.role !== "VIEWER" && user.organisationId === organisationId;
}
