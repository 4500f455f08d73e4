import "server-only";
import { notFound as pageNotFound } from "next/navigation";
import type { SessionUser } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { db } from "./db";
import { requirePartnershipManager, requireProjectLead } from "./guards";

/**
 * For the planning pages: the project with what its forms offer, or the "not found" page when the user
 * may not change this part of it (partners: lead or coordinator; the plan: the lead).
 */
export async function getProjectHeading(user: SessionUser, projectId: string, area: "partners" | "plan") {
  try {
    await (area === "partners" ? requirePartnershipManager(user, projectId) : requireProjectLead(user, projectId));
  } catch (error) {
    if (error instanceof AppError) pageNotFound();
    throw error;
  }
  const project = await db.project.findUniqueOrThrow({
    where: { id: projectId },
    select: {
      id: true,
      acronym: true,
      currency: true,
      startDate: true,
      durationMonths: true,
      partners: {
        orderBy: { partnerNumber: "asc" },
        select: { id: true, partnerNumber: true, organisation: { select: { name: true } } },
      },
      workPackages: {
        where: { archivedAt: null },
        orderBy: { number: "asc" },
        select: { id: true, number: true, title: true },
      },
    },
  });
  return {
    ...project,
    partnerOptions: project.partners.map((partner) => ({
      value: partner.id,
      label: `PP${partner.partnerNumber} ${partner.organisation.name}`,
    })),
    workPackageOptions: project.workPackages.map((workPackage) => ({
      value: workPackage.id,
      label: `WP${workPackage.number} ${workPackage.title}`,
    })),
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
