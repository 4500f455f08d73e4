import "server-only";
import { requireUser } from "@/lib/auth/session";
import { getProjectHeading } from "./work-plan";

/** The signed-in lead, the project, and the context every work-plan form needs. */
export async function loadPlanPage(params: Promise<{ projectId: string }>) {
  const user = await requireUser();
  const project = await getProjectHeading(user, (await params).projectId, "plan");
  const plan = { projectId: project.id, projectStart: project.startDate.toISOString(), durationMonths: project.durationMonths };
  return { user, project, plan };
}
