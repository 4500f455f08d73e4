/**
 * The rows an end-to-end test works on, made by the integration tests' factories in the database of the test's own
 * server (run by e2e/rows.ts in a process of their own), so that a journey that changes them meets no other test.
 * Every person gets the password TEST_PASSWORD; each scenario returns what its test needs to find its rows.
 */
import type { DeliverableStatus } from "@/generated/prisma/enums";
import type { SessionUser } from "@/lib/access/permissions";
import { hashPassword } from "@/lib/auth/password";
import { STEPS_FROM_PENDING } from "@/lib/workflow/deliverable-status";
import { db } from "@/test/db";
import {
  createAdmin,
  createBudgetLine,
  createConsortium,
  createDeliverable,
  createMilestone,
  createOrganisation,
  createOutsidePartner,
  createProgramme,
  createProjectWithPartners,
  createReportDeadline,
  createUser,
  createWorkPackage,
  moveDeliverable,
  TEST_PASSWORD,
  unique,
  type Consortium,
} from "@/test/factories";

/** A person as a test signs in and recognises them. */
export type Person = { email: string; name: string };

async function withPasswords(users: SessionUser[]): Promise<Person[]> {
  const passwordHash = await hashPassword(TEST_PASSWORD);
  await db.user.updateMany({ where: { id: { in: users.map((user) => user.id) } }, data: { passwordHash } });
  return users.map(({ email, name }) => ({ email, name }));
}

/** The consortium's people with passwords, and a partner of another project's organisation. */
async function peopleOf(consortium: Consortium) {
  const outsider = await createOutsidePartner(consortium.admin);
  const [admin, coordinator, lead, partnerA, partnerB, viewer, other] = await withPasswords([
    consortium.admin,
    consortium.coordinator,
    consortium.lead,
    consortium.partnerA,
    consortium.partnerB,
    consortium.viewer,
    outsider.user,
  ]);
  return {
    admin: admin!,
    coordinator: coordinator!,
    lead: lead!,
    partnerA: partnerA!,
    partnerB: partnerB!,
    viewer: viewer!,
    outsider: other!,
  };
}

/**
 * A project started in January 2025, so that every deliverable below is overdue. Partner A (PP2) owes D2.1
 * (approved), D2.2 (in review) and D2.3 (draft); partner B (PP3) D2.4, D3.2, D3.3 (pending) and D4.2 (submitted); the
 * lead partner (PP1) D1.1 (approved) and D1.3 (pending).
 */
export async function deliverables() {
  const consortium = await createConsortium({ startDate: "2025-01-01" });
  const { lead, project, organisations } = consortium;
  const workPackageIds = [project.workPackageId];
  for (const number of [2, 3, 4]) workPackageIds.push((await createWorkPackage(lead, project.id, number)).id);
  const plan: [string, string, DeliverableStatus][] = [
    ["D1.1", project.leadPartnerId, "APPROVED"],
    ["D1.3", project.leadPartnerId, "PENDING"],
    ["D2.1", project.partnerAId, "APPROVED"],
    ["D2.2", project.partnerAId, "IN_REVIEW"],
    ["D2.3", project.partnerAId, "DRAFT"],
    ["D2.4", project.partnerBId, "PENDING"],
    ["D3.2", project.partnerBId, "PENDING"],
    ["D3.3", project.partnerBId, "PENDING"],
    ["D4.2", project.partnerBId, "SUBMITTED"],
  ];
  const deliverableIds: Record<string, string> = {};
  for (const [index, [number, responsiblePartnerId, status]] of plan.entries()) {
    const { id } = await createDeliverable(consortium, {
      number,
      responsiblePartnerId,
      dueMonth: index + 2,
      workPackageId: workPackageIds[Number(number[1]) - 1],
    });
    await moveDeliverable(lead, { id, projectId: project.id }, STEPS_FROM_PENDING[status], {
      lateJustification: "The data came late.",
    });
    deliverableIds[number] = id;
  }
  return {
    projectId: project.id,
    acronym: project.acronym,
    people: await peopleOf(consortium),
    partnerAOption: `PP2 ${organisations.partnerA.name}`,
    deliverableIds,
  };
}

/**
 * A project that ended in 2021 (its Gantt opens on the whole plan) with 120 deliverables D1.1 … D1.120, due in
 * months 1 to 24 and owned by its lead partner: more rows than one page of a Gantt holds. Returns its id, its
 * acronym, its lead and how many rows its Gantt has.
 */
export async function longPlan() {
  const consortium = await createConsortium({ startDate: "2020-01-01" });
  const { project } = consortium;
  await db.deliverable.createMany({
    data: Array.from({ length: 120 }, (_, index) => ({
      projectId: project.id,
      workPackageId: project.workPackageId,
      number: `D1.${index + 1}`,
      title: `Deliverable D1.${index + 1}`,
      responsiblePartnerId: project.leadPartnerId,
      type: "R" as const,
      dissemination: "PU" as const,
      dueMonth: (index % 24) + 1,
    })),
  });
  const counts = await db.project.findUniqueOrThrow({
    where: { id: project.id },
    select: {
      _count: { select: { reportingPeriods: true, workPackages: true, deliverables: true, milestones: true } },
    },
  });
  const rows = Object.values(counts._count).reduce((sum, count) => sum + count, 0);
  const [lead] = await withPasswords([consortium.lead]);
  return { projectId: project.id, acronym: project.acronym, lead: lead!, rows };
}

/**
 * A work plan whose every kind of row can be deleted from the project page: periods P1 and P2, work packages WP1
 * (with milestone MS1) and WP2, and no deliverables.
 */
export async function workPlan() {
  const consortium = await createConsortium();
  const { lead, project } = consortium;
  const [{ id: workPackageId }] = await Promise.all([
    createWorkPackage(lead, project.id, 2),
    createMilestone(consortium, { number: 1 }),
  ]);
  const [withPassword] = await withPasswords([lead]);
  return { projectId: project.id, lead: withPassword!, workPackageIds: [project.workPackageId, workPackageId] };
}

/**
 * Three projects whose acronyms start with one token: RIVER (partners in Romania, Montenegro and Serbia), BRIDGE
 * (Austria, Bulgaria, North Macedonia) and EDGE (BRIDGE's Austrian lead partner with a Romanian one) in a programme
 * of its own.
 */
export async function projectList() {
  const token = unique().toUpperCase();
  const [river, bridge] = await Promise.all([
    createConsortium({ acronym: `${token}-RIVER`, countries: ["RO", "ME", "RS"] }),
    createConsortium({ acronym: `${token}-BRIDGE`, countries: ["AT", "BG", "MK"] }),
  ]);
  const programmeName = `Edge programme ${token}`;
  const programme = await createProgramme(bridge.admin, { name: programmeName });
  const romanian = await createOrganisation(bridge.admin);
  await createProjectWithPartners(
    bridge.admin,
    [{ organisationId: bridge.organisations.lead.id }, { organisationId: romanian.id }],
    { acronym: `${token}-EDGE`, programmeId: programme.id },
  );
  const [coordinator] = await withPasswords([river.coordinator]);
  return { token, programmeId: programme.id, programmeName, coordinator: coordinator! };
}

/**
 * What a coordinator needs to set up a project: a project lead and three organisations, in Romania, Bulgaria and
 * Montenegro, not yet in any project.
 */
export async function setup() {
  const admin = await createAdmin();
  const token = unique();
  const [lead, coordinator] = await withPasswords([await createUser("PROJECT_LEAD"), await createUser("COORDINATOR")]);
  const organisations = await Promise.all(
    [
      [`Cluj Test Cluster ${token}`, "RO"],
      [`Sofia Test Cluster ${token}`, "BG"],
      [`Podgorica Test Collective ${token}`, "ME"],
    ].map(([name, country]) => createOrganisation(admin, { name, country })),
  );
  return { lead: lead!, coordinator: coordinator!, organisations: organisations.map(({ name }) => name) };
}

/** A project with budget lines of its lead partner and partner A for P1, and nothing paid yet. */
export async function budget() {
  const consortium = await createConsortium();
  const { project } = consortium;
  for (const partnerId of [project.leadPartnerId, project.partnerAId]) {
    await createBudgetLine(consortium, { partnerId, periodId: project.periodIds[0], amount: "25000" });
  }
  return { projectId: project.id, acronym: project.acronym, people: await peopleOf(consortium) };
}

/** A project in its fifth month, so that its first reporting period (M1–M12) is the current one. */
/** A partner's spend: the same project as the reports' journey, in its first period. */
export const finance = () => reports();

export async function reports() {
  const now = new Date();
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 4, 1));
  const consortium = await createConsortium({ startDate: start.toISOString().slice(0, 10) });
  // Due two months after the period ends: months away, so not late.
  const due = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 14, 0));
  await createReportDeadline(consortium, consortium.project.periodIds[0], due.toISOString().slice(0, 10));
  return {
    projectId: consortium.project.id,
    partnerAName: consortium.organisations.partnerA.name,
    people: await peopleOf(consortium),
  };
}

/** Two partners' organisations, for editing one's own competence profile and not another's. */
export async function networks() {
  const consortium = await createConsortium();
  return {
    own: consortium.organisations.partnerA,
    other: consortium.organisations.partnerB,
    people: await peopleOf(consortium),
  };
}
