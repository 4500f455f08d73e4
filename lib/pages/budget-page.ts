import "server-only";
import { requireUser } from "@/lib/auth/session";
import { getBudgetFormOptions } from "@/lib/dal/budget";
import { orNotFound } from "./or-not-found";
import { partnerOptions } from "./select-options";

/** The signed-in editor, the project and the choices every budget form offers. */
export async function loadBudgetFormPage(params: Promise<{ projectId: string }>) {
  const user = await requireUser();
  const project = await orNotFound(getBudgetFormOptions(user, (await params).projectId));
  const options = {
    currency: project.currency,
    partners: partnerOptions(project.partners),
    periods: project.reportingPeriods.map((period) => ({
      value: period.id,
      label: `P${period.number} (M${period.startMonth}–M${period.endMonth})`,
    })),
  };
  return { user, project, options };
}
