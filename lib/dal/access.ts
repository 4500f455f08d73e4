import "server-only";
import { projectAccess, visibleProjectsWhere, type ProjectAccess, type SessionUser } from "@/lib/access/permissions";
import { db } from "./db";
import { ID_PATTERN } from "@/lib/validation/common";

/**
 * The user's access to one project, or null where the project is absent, archived or not theirs to see:
 * callers answer both with "not found", so nothing leaks about projects a user cannot see.
 */
export async function getProjectAccess(user: SessionUser, projectId: string): Promise<ProjectAccess | null> {
  // An address no id can have (a NUL byte, say) is simply not found, and never reaches the database.
  if (!ID_PATTERN.test(projectId)) return null;
  const project = await db.project.findFirst({
    where: { AND: [{ id: projectId, archivedAt: null }, visibleProjectsWhere(user)] },
    select: {
      members: { where: { userId: user.id }, select: { role: true } },
      partners: { where: { organisation: { users: { some: { id: user.id } } } }, select: { id: true } },
    },
  });
  if (!project) return null;
  const access = projectAccess(user, {
    membershipRole: project.members[0]?.role ?? null,
    ownPartnerIds: project.partners.map((partner) => partner.id),
  });
  return access.canView ? access : null;
}
