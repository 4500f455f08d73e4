/**
 * Small factories for integration tests: each test makes the rows it needs instead of leaning on the demo data,
 * through the data layer wherever the app has a write for them, so that the rows are what the app itself writes.
 * Names and e-mail addresses are unique per call, so that tests sharing a database never meet.
 */
import { Readable } from "node:stream";
import type { DeliverableStatus, PartnerRole, UserRole } from "@/generated/prisma/enums";
import type { SessionUser } from "@/lib/access/permissions";
import { hashPassword } from "@/lib/auth/password";
import { changeDeliverableStatus, saveDeliverable } from "@/lib/dal/deliverables";
import { recordUploadedFile, type UploadTarget } from "@/lib/dal/files";
import { changeReportStatus, openPartnerReport } from "@/lib/dal/partner-reports";
import { createProject } from "@/lib/dal/projects";
import { sessionUserSelect } from "@/lib/dal/users";
import { saveOrganisation } from "@/lib/dal/organisations";
import { saveProgramme } from "@/lib/dal/programmes";
import { saveReportingPeriod } from "@/lib/dal/reporting-periods";
import { saveWorkPackage } from "@/lib/dal/work-packages";
import { fileStorage } from "@/lib/storage";
import { newStorageKey } from "@/lib/storage/file-storage";
import { ZChangeDeliverableStatusInput } from "@/lib/validation/deliverable";
import { ZSaveOrganisationInput } from "@/lib/validation/organisation";
import { ZSaveProgrammeInput } from "@/lib/validation/programme";
import { ZCreateProjectInput } from "@/lib/validation/project";
import { ZSaveDeliverableInput, ZSaveReportingPeriodInput, ZSaveWorkPackageInput } from "@/lib/validation/work-plan";
import { db } from "./db";
import { PDF } from "./fixtures/files";

let sequence = 0;
/** A short token unique in this test process. */
export const unique = () => `${process.pid.toString(36)}${(sequence++).toString(36)}`;

export const TEST_PASSWORD = "factory-password";

/**
 * An account as the session presents it. The app makes accounts only from invitations (a token mailed and
 * accepted), so the row is written here. It has no password unless a test signs in with one (`password`, such as
 * TEST_PASSWORD): hashing one takes a tenth of a second.
 */
export async function createUser(
  role: UserRole,
  options: { organisationId?: string; password?: string; email?: string } = {},
): Promise<SessionUser> {
  const token = unique();
  return db.user.create({
    data: {
      email: options.email ?? `${role.toLowerCase()}-${token}@factory.test`,
      name: `${role} ${token}`,
      role,
      organisationId: options.organisationId ?? null,
      passwordHash: options.password ? await hashPassword(options.password) : null,
    },
    select: sessionUserSelect,
  });
}

/** An administrator, the author of the other factories' rows. */
export const createAdmin = () => createUser("ADMIN");

export async function createOrganisation(
  author: SessionUser,
  fields: Partial<{ name: string; country: string; type: string }> = {},
): Promise<{ id: string; name: string }> {
  const name = fields.name ?? `Factory Cluster ${unique()}`;
  const input = ZSaveOrganisationInput.parse({
    name,
    country: fields.country ?? "RO",
    type: fields.type ?? "BUSINESS_SUPPORT_ORGANISATION",
  });
  const { id } = await saveOrganisation(author, { ...input, confirmNotDuplicate: true });
  return { id, name };
}

export async function createProgramme(author: SessionUser): Promise<{ id: string }> {
  const token = unique();
  return saveProgramme(
    author,
    ZSaveProgrammeInput.parse({ code: `P-${token}`, name: `Programme ${token}`, currency: "EUR" }),
  );
}

type PartnerSpec = { organisationId: string; role?: PartnerRole; budgetAmount?: string };

/**
 * A running project of 24 months from January 2026 under a new programme, with these partners (the first is the
 * lead partner unless a role says otherwise), led by `leadUserId` when given, and two reporting periods: P1 (M1–M12)
 * and P2 (M13–M24).
 */
export async function createProjectWithPartners(
  author: SessionUser,
  partners: PartnerSpec[],
  options: { leadUserId?: string } = {},
): Promise<{ id: string; acronym: string; partnerIds: string[]; periodIds: [string, string] }> {
  const programme = await createProgramme(author);
  const acronym = `F${unique()}`.toUpperCase();
  const input = ZCreateProjectInput.parse({
    acronym,
    title: `Factory project ${acronym}`,
    programmeId: programme.id,
    startDate: "2026-01-01",
    durationMonths: 24,
    status: "RUNNING",
    currency: "EUR",
    totalCost: "100000",
    grantAmount: "80000",
    cofinancingRatePercent: "80",
    leadUserId: options.leadUserId ?? null,
    partners: partners.map((partner, index) => ({
      organisationId: partner.organisationId,
      role: partner.role ?? (index === 0 ? "LEAD_PARTNER" : "PARTNER"),
      budgetAmount: partner.budgetAmount ?? "10000",
    })),
  });
  const { id } = await createProject(author, input);
  const rows = await db.projectPartner.findMany({
    where: { projectId: id },
    select: { id: true, organisationId: true },
  });
  const partnerIds = partners.map((partner) => rows.find((row) => row.organisationId === partner.organisationId)!.id);
  const lead = options.leadUserId
    ? await db.user.findUniqueOrThrow({ where: { id: options.leadUserId }, select: sessionUserSelect })
    : author;
  const periodIds: string[] = [];
  for (const [startMonth, endMonth] of [
    [1, 12],
    [13, 24],
  ]) {
    const period = await saveReportingPeriod(
      lead,
      ZSaveReportingPeriodInput.parse({ projectId: id, startMonth, endMonth }),
    );
    periodIds.push(period.id);
  }
  return { id, acronym, partnerIds, periodIds: periodIds as [string, string] };
}

/**
 * A consortium as most tests need it: an administrator, a coordinator, a project lead (a PROJECT_LEAD account), a
 * viewer of the project and, for two partner organisations, a PARTNER account each; their running project with the
 * lead's organisation as lead partner, two reporting periods (P1 M1–M12, P2 M13–M24) and a work package (M1–M24).
 */
export async function createConsortium() {
  const admin = await createAdmin();
  const [leadOrganisation, organisationA, organisationB] = await Promise.all([
    createOrganisation(admin),
    createOrganisation(admin),
    createOrganisation(admin),
  ]);
  const [coordinator, viewer, lead, partnerA, partnerB] = await Promise.all([
    createUser("COORDINATOR"),
    createUser("VIEWER"),
    createUser("PROJECT_LEAD", { organisationId: leadOrganisation.id }),
    createUser("PARTNER", { organisationId: organisationA.id }),
    createUser("PARTNER", { organisationId: organisationB.id }),
  ]);
  const project = await createProjectWithPartners(
    admin,
    [
      { organisationId: leadOrganisation.id },
      { organisationId: organisationA.id },
      { organisationId: organisationB.id },
    ],
    { leadUserId: lead.id },
  );
  const [leadPartnerId, partnerAId, partnerBId] = project.partnerIds as [string, string, string];
  // Viewers are given a project by an administrator's invitation; no data-layer write does it alone.
  await db.projectMembership.create({ data: { userId: viewer.id, projectId: project.id, role: "VIEWER" } });
  const workPackage = await saveWorkPackage(
    lead,
    ZSaveWorkPackageInput.parse({
      projectId: project.id,
      number: 1,
      title: "Coordination",
      startMonth: 1,
      endMonth: 24,
    }),
  );
  return {
    admin,
    coordinator,
    viewer,
    lead,
    partnerA,
    partnerB,
    project: { ...project, leadPartnerId, partnerAId, partnerBId, workPackageId: workPackage.id },
  };
}

export type Consortium = Awaited<ReturnType<typeof createConsortium>>;

/** A deliverable D1.n of the consortium's work package, due in `dueMonth`, that `responsiblePartnerId` owes. */
export async function createDeliverable(
  { lead, project }: Consortium,
  options: { number: string; responsiblePartnerId: string; dueMonth?: number },
): Promise<{ id: string; number: string }> {
  const { id } = await saveDeliverable(
    lead,
    ZSaveDeliverableInput.parse({
      projectId: project.id,
      workPackageId: project.workPackageId,
      number: options.number,
      title: `Deliverable ${options.number}`,
      responsiblePartnerId: options.responsiblePartnerId,
      type: "R",
      dissemination: "PU",
      dueMonth: options.dueMonth ?? 12,
    }),
  );
  return { id, number: options.number };
}

/** Moves a deliverable through its statuses, one step after another, as `user`. */
export async function moveDeliverable(
  user: SessionUser,
  deliverable: { id: string; projectId: string },
  steps: DeliverableStatus[],
  comment: string | null = null,
): Promise<void> {
  for (const toStatus of steps) {
    const { version } = await db.deliverable.findUniqueOrThrow({ where: { id: deliverable.id } });
    await changeDeliverableStatus(
      user,
      ZChangeDeliverableStatusInput.parse({
        projectId: deliverable.projectId,
        deliverableId: deliverable.id,
        toStatus,
        version,
        comment,
        lateJustification: null,
      }),
    );
  }
}

/** A file uploaded as the upload route stores it: staged, checked by the data layer, committed, recorded. */
export async function uploadFile(
  user: SessionUser,
  target: UploadTarget,
  file: { name?: string; content?: Buffer } = {},
): Promise<{ id: string; versionNumber: number }> {
  const staged = await fileStorage.stage(Readable.from([file.content ?? PDF]), 10 * 1024 * 1024);
  const storageKey = newStorageKey();
  await fileStorage.commit(staged, storageKey);
  return recordUploadedFile(user, target, {
    storageKey,
    name: file.name ?? "report.pdf",
    mimeType: "application/pdf",
    staged,
  });
}

/**
 * The partner's report for a period of the consortium's project (P1 unless `periodId`), opened by `partnerUser`;
 * with `submitted`, sent with a file.
 */
export async function createPartnerReport(
  { project }: Consortium,
  partnerUser: SessionUser,
  partnerId: string,
  options: { submitted?: boolean; periodId?: string } = {},
): Promise<{ id: string }> {
  const periodId = options.periodId ?? project.periodIds[0];
  const { id } = await openPartnerReport(partnerUser, { projectId: project.id, periodId, partnerId });
  if (options.submitted) {
    await uploadFile(partnerUser, { kind: "report", id });
    await changeReportStatus(partnerUser, {
      projectId: project.id,
      reportId: id,
      toStatus: "SUBMITTED",
      comment: null,
    });
  }
  return { id };
}
