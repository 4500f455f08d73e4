import "server-only";
import { notFound } from "next/navigation";
import { FUNDING_MANAGERS } from "@/lib/access/permissions";
import { requireUserWithRole } from "@/lib/auth/session";
import { getProgrammeForEdit } from "@/lib/dal/programmes";

/** For the programme's and its calls' forms: the signed-in manager and the programme, or "not found". */
export async function loadProgrammeFormPage(programmeId: string) {
  const user = await requireUserWithRole(FUNDING_MANAGERS);
  const programme = await getProgrammeForEdit(user, programmeId);
  if (!programme) notFound();
  return { user, programme };
}
