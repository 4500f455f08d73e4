import "server-only";
import { requireUser } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/access/permissions";
import { getProjectPlanningHeading } from "@/lib/dal/projects";
import { orNotFound } from "./or-not-found";
import { partnerOptions, workPackageOptions } from "./select-options";

/** The project with what its planning forms offer, or the "not found" page when the user may not change it. */
export async function getProjectHeading(user: SessionUser, projectId: string, area: "partners" | "plan") {
  const project = await orNotFound(getProjectPlanningHeading(user, projectId, area));
  return {
    ...project,
    partnerOptions: partnerOptions(project.partners),
    workPackageOptions: workPackageOptions(project.workPackages),
  };
}

/** The signed-in lead, the project, and the context every work-plan form needs. */
export async function loadPlanPage(params: Promise<{ projectId: string }>) {
  const user = await requireUser();
  const project = await getProjectHeading(user, (await params).projectId, "plan");
  const plan = {
    projectId: project.id,
    projectStart: project.startDate.toISOString(),
    durationMonths: project.durationMonths,
  };
  return { user, project, plan };
}
