import "server-only";
import type { UserRole } from "@/generated/prisma/enums";
import { managesProject, type ProjectAccess, type SessionUser } from "@/lib/access/permissions";
import { AppError, forbidden, notFound } from "@/lib/errors";
import type { ErrorKey, MessageValues, TermKey } from "@/lib/i18n/message";
import { getProjectAccess } from "./access";

export function requireRole(user: SessionUser, roles: UserRole[]): void {
  if (!roles.includes(user.role)) throw forbidden();
}

/** The project's access for this user; a project they cannot see is "not found", never "forbidden". */
export async function requireProjectAccess(user: SessionUser, projectId: string): Promise<ProjectAccess> {
  const access = await getProjectAccess(user, projectId);
  if (!access) throw notFound("theProject");
  return access;
}

/** Planning the work: the project's lead, or an administrator. */
export async function requireProjectLead(user: SessionUser, projectId: string): Promise<ProjectAccess> {
  const access = await requireProjectAccess(user, projectId);
  if (!access.isLead) throw forbidden("onlyLeadPlans");
  return access;
}

/** The partnership: the project's lead, a coordinator or an administrator. */
export async function requirePartnershipManager(user: SessionUser, projectId: string): Promise<ProjectAccess> {
  const access = await requireProjectAccess(user, projectId);
  if (!managesProject(user, access)) {
    throw forbidden("onlyManagerChangesPartners");
  }
  return access;
}

/**
 * The record a write changes, loaded through its project (`find` filters by id and projectId) before any
 * other check, so that no check can tell anything about another project's record: an id that is absent,
 * or of another project, is "not found" (and audited as a refusal). No id: a new record, nothing to load.
 */
export async function loadForWrite<Row>(
  id: string | undefined,
  find: () => Promise<Row | null>,
  what: TermKey,
): Promise<Row | null> {
  if (!id) return null;
  const row = await find();
  if (!row) throw notFound(what);
  return row;
}

/** A refusal about one field: its message stands beside it. */
export function validationError(field: string, key: ErrorKey, values?: MessageValues): AppError {
  return new AppError("VALIDATION", key, values, { [field]: [{ key, values }] });
}

/** Funding is edited by coordinators, administrators and the project's lead. */
export async function requireFundingEditor(user: SessionUser, projectId: string) {
  const access = await requireProjectAccess(user, projectId);
  if (!managesProject(user, access)) throw forbidden("onlyManagerChangesBudget");
  return access;
}
