import "server-only";
import type { UserRole } from "@/generated/prisma/enums";
import { managesProject, type ProjectAccess, type SessionUser } from "@/lib/auth/permissions";
import { AppError, forbidden, notFound } from "@/lib/errors";
import { getProjectAccess } from "./access";

/** Administrators and coordinators manage programmes, calls, organisations and projects. */
export const FUNDING_MANAGERS: UserRole[] = ["ADMIN", "COORDINATOR"];

export function requireRole(user: SessionUser, roles: UserRole[]): void {
  if (!roles.includes(user.role)) throw forbidden();
}

/** The project's access for this user; a project they cannot see is "not found", never "forbidden". */
export async function requireProjectAccess(user: SessionUser, projectId: string): Promise<ProjectAccess> {
  const access = await getProjectAccess(user, projectId);
  if (!access) throw notFound("The project");
  return access;
}

/** Planning the work: the project's lead, or an administrator. */
export async function requireProjectLead(user: SessionUser, projectId: string): Promise<ProjectAccess> {
  const access = await requireProjectAccess(user, projectId);
  if (!access.isLead) throw forbidden("Only the project's lead can change its work plan.");
  return access;
}

/** The partnership: the project's lead, a coordinator or an administrator. */
export async function requirePartnershipManager(user: SessionUser, projectId: string): Promise<ProjectAccess> {
  const access = await requireProjectAccess(user, projectId);
  if (!managesProject(user, access)) {
    throw forbidden("Only the project's lead or a coordinator can change its partners.");
  }
  return access;
}

export function validationError(field: string, message: string): AppError {
  return new AppError("VALIDATION", message, { [field]: [message] });
}
