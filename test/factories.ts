/**
 * Small factories for integration tests: each test makes the rows it needs instead of leaning on the demo data,
 * through the data layer wherever the app has a write for them, so that the rows are what the app itself writes.
 * Names and e-mail addresses are unique per call, so that tests sharing a database never meet.
 */
import { Readable } from "node:stream";
import type {
  CostCategory,
  DeliverableStatus,
  PartnerRole,
  PaymentKind,
  ProjectStatus,
  ReportDeadlineType,
  UserRole,
} from "@/generated/prisma/enums";
import type { SessionUser } from "@/lib/access/permissions";
import { hashPassword } from "@/lib/auth/password";
import { changeDeliverableStatus, saveDeliverable } from "@/lib/dal/deliverables";
import { recordUploadedFile, type UploadTarget } from "@/lib/dal/files";
import { changeReportStatus, openPartnerReport } from "@/lib/dal/partner-reports";
import { createProject } from "@/lib/dal/projects";
import { sessionUserSelect } from "@/lib/dal/users";
import { saveOrganisation } from "@/lib/dal/organisations";
import { saveBudgetLine } from "@/lib/dal/budget";
import { saveCall } from "@/lib/dal/calls";
import { saveMilestone } from "@/lib/dal/milestones";
import { savePayment } from "@/lib/dal/payments";
import { saveProgramme } from "@/lib/dal/programmes";
import { saveReportingPeriod } from "@/lib/dal/reporting-periods";
import { saveWorkPackage } from "@/lib/dal/work-packages";
import { fileStorage } from "@/lib/storage";
import { newStorageKey } from "@/lib/storage/file-storage";
import { ZChangeDeliverableStatusInput } from "@/lib/validation/deliverable";
import { ZSaveOrganisationInput } from "@/lib/validation/organisation";
import { ZSaveBudgetLineInput, ZSavePaymentInput } from "@/lib/validation/budget";
import { ZSaveCallInput, ZSaveProgrammeInput } from "@/lib/validation/programme";
import { ZCreateProjectInput } from "@/lib/validation/project";
import {
  ZSaveDeliverableInput,
  ZSaveMilestoneInput,
  ZSaveReportingPeriodInput,
  ZSaveWorkPackageInput,
} from "@/lib/validation/work-plan";
import { db } from "./db";
import { PDF } from "./fixtures/files";
import { TEST_PASSWORD } from "./fixtures/password";

let sequence = 0;
/**
 * A short token unique to this process among those running (its id) and within it; all of one length, so that none
 * is the start of another.
 */
export const unique = () => `${process.pid.toString(36).padStart(5, "0")}${(sequence++).toString(36).padStart(4, "0")}`;

export { TEST_PASSWORD };

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

type Organisation = { id: string; name: string };

export async function createOrganisation(
  author: SessionUser,
  fields: Partial<{ name: string; country: string; type: string }> = {},
): Promise<Organisation> {
  const name = fields.name ?? `Factory Cluster ${unique()}`;
  const input = ZSaveOrganisationInput.parse({
    name,
    country: fields.country ?? "RO",
    type: fields.type ?? "BUSINESS_SUPPORT_ORGANISATION",
  });
  const { id } = await saveOrganisation(author, { ...input, confirmNotDuplicate: true });
  return { id, name };
}

export async function createProgramme(
  author: SessionUser,
  fields: { code?: string; name?: string } = {},
): Promise<{ id: string }> {
  const token = unique();
  return saveProgramme(
    author,
    ZSaveProgrammeInput.parse({
      code: fields.code ?? `P-${token}`,
      name: fields.name ?? `Programme ${token}`,
      currency: "EUR",
    }),
  );
}

export async function createCall(
  author: SessionUser,
  programmeId: string,
): Promise<{ id: string; identifier: string }> {
  const identifier = `CALL-${unique()}`;
  const { id } = await saveCall(
    author,
    ZSaveCallInput.parse({ programmeId, identifier, title: identifier, opensOn: "2025-01-01", closesOn: "2025-03-31" }),
  );
  return { id, identifier };
}

type PartnerSpec = { organisationId: string; role?: PartnerRole; budgetAmount?: string };

export type ProjectOptions = {
  leadUserId?: string;
  /** A new programme of its own unless given. */
  programmeId?: string;
  callId?: string;
  acronym?: string;
  title?: string;
  /** 2026-01-01 unless given. */
  startDate?: string;
  status?: ProjectStatus;
};

/**
 * A running project of 24 months from January 2026 (unless `options` say otherwise) under a new programme, with
 * these partners (the first is the lead partner unless a role says otherwise), led by `leadUserId` when given, and
 * two reporting periods: P1 (M1–M12) and P2 (M13–M24).
 */
export async function createProjectWithPartners(
  author: SessionUser,
  partners: PartnerSpec[],
  options: ProjectOptions = {},
): Promise<{ id: string; acronym: string; programmeId: string; partnerIds: string[]; periodIds: [string, string] }> {
  const programmeId = options.programmeId ?? (await createProgramme(author)).id;
  const acronym = options.acronym ?? `F${unique()}`.toUpperCase();
  const input = ZCreateProjectInput.parse({
    acronym,
    title: options.title ?? `Factory project ${acronym}`,
    programmeId,
    callId: options.callId ?? null,
    startDate: options.startDate ?? "2026-01-01",
    durationMonths: 24,
    status: options.status ?? "RUNNING",
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
  return { id, acronym, programmeId, partnerIds, periodIds: periodIds as [string, string] };
}

/**
 * A consortium as most tests need it: an administrator, a coordinator, a project lead (a PROJECT_LEAD account), a
 * viewer of the project and, for two partner organisations, a PARTNER account each; their running project with the
 * lead's organisation as lead partner, two reporting periods (P1 M1–M12, P2 M13–M24) and a work package (M1–M24).
 */
export async function createConsortium({
  countries = ["RO", "RO", "RO"],
  ...options
}: Omit<ProjectOptions, "leadUserId"> & { countries?: [string, string, string] } = {}) {
  const admin = await createAdmin();
  const [leadOrganisation, organisationA, organisationB] = (await Promise.all(
    countries.map((country) => createOrganisation(admin, { country })),
  )) as [Organisation, Organisation, Organisation];
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
    { ...options, leadUserId: lead.id },
  );
  const [leadPartnerId, partnerAId, partnerBId] = project.partnerIds as [string, string, string];
  // Viewers are given a project by an administrator's invitation; no data-layer write does it alone.
  await db.projectMembership.create({ data: { userId: viewer.id, projectId: project.id, role: "VIEWER" } });
  const workPackage = await createWorkPackage(lead, project.id, 1);
  return {
    admin,
    coordinator,
    viewer,
    lead,
    partnerA,
    partnerB,
    organisations: { lead: leadOrganisation, partnerA: organisationA, partnerB: organisationB },
    project: { ...project, leadPartnerId, partnerAId, partnerBId, workPackageId: workPackage.id },
  };
}

export type Consortium = Awaited<ReturnType<typeof createConsortium>>;

/** Work package WPn of a project, over its 24 months, written by its lead. */
export async function createWorkPackage(lead: SessionUser, projectId: string, number: number): Promise<{ id: string }> {
  return saveWorkPackage(
    lead,
    ZSaveWorkPackageInput.parse({ projectId, number, title: `Work package ${number}`, startMonth: 1, endMonth: 24 }),
  );
}

/**
 * A deliverable of the consortium's work package WP1 (D1.n) or of `workPackageId`, due in `dueMonth`, that
 * `responsiblePartnerId` owes.
 */
export async function createDeliverable(
  { lead, project }: Consortium,
  options: { number: string; responsiblePartnerId: string; dueMonth?: number; workPackageId?: string },
): Promise<{ id: string; number: string }> {
  const { id } = await saveDeliverable(
    lead,
    ZSaveDeliverableInput.parse({
      projectId: project.id,
      workPackageId: options.workPackageId ?? project.workPackageId,
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

/**
 * Moves a deliverable through its statuses, one step after another, as `user`. One sent to review or submitted
 * with nothing uploaded gets a document first, as a person would have uploaded (stored, without the upload rate
 * limit, which a test moving many deliverables would reach).
 */
export async function moveDeliverable(
  user: SessionUser,
  deliverable: { id: string; projectId: string },
  steps: DeliverableStatus[],
  { comment = null, lateJustification = null }: { comment?: string | null; lateJustification?: string | null } = {},
): Promise<void> {
  for (const toStatus of steps) {
    if (
      (toStatus === "IN_REVIEW" || toStatus === "SUBMITTED") &&
      (await db.document.count({ where: { deliverableId: deliverable.id } })) === 0
    )
      await attachDocument(user, deliverable.id);
    const { version } = await db.deliverable.findUniqueOrThrow({ where: { id: deliverable.id } });
    await changeDeliverableStatus(
      user,
      ZChangeDeliverableStatusInput.parse({
        projectId: deliverable.projectId,
        deliverableId: deliverable.id,
        toStatus,
        version,
        comment,
        lateJustification,
      }),
    );
  }
}

/** A document of one version for a deliverable, its file stored. */
export async function attachDocument(user: SessionUser, deliverableId: string, name = "deliverable.pdf") {
  const staged = await fileStorage.stage(Readable.from([PDF]), 10 * 1024 * 1024);
  const storageKey = newStorageKey();
  await fileStorage.commit(staged, storageKey);
  return db.document.create({
    data: {
      deliverableId,
      title: name,
      type: "OTHER",
      versions: {
        create: {
          deliverableId,
          storageKey,
          originalName: name,
          mimeType: "application/pdf",
          sizeBytes: staged.sizeBytes,
          sha256: staged.sha256,
          versionNumber: 1,
          uploadedById: user.id,
        },
      },
    },
    select: { id: true },
  });
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

/** Milestone MSn of the consortium's project, due in `dueMonth`; with `achievedOn` (YYYY-MM-DD), reached. */
export async function createMilestone(
  { lead, project }: Consortium,
  options: { number: number; dueMonth?: number; achievedOn?: string },
): Promise<{ id: string }> {
  const { id } = await saveMilestone(
    lead,
    ZSaveMilestoneInput.parse({
      projectId: project.id,
      number: options.number,
      title: `Milestone ${options.number}`,
      workPackageId: project.workPackageId,
      dueMonth: options.dueMonth ?? 12,
    }),
  );
  // No form records reaching a milestone yet; the demo data writes it as this does.
  if (options.achievedOn) {
    await db.milestone.update({ where: { id }, data: { achievedOn: new Date(`${options.achievedOn}T00:00:00Z`) } });
  }
  return { id };
}

/** The date a period's report is due to the funder; the programme sets these, the app has no form for them yet. */
export async function createReportDeadline(
  { project }: Consortium,
  periodId: string,
  dueDate: string,
  type: ReportDeadlineType = "BOTH",
): Promise<void> {
  await db.reportDeadline.create({
    data: { projectId: project.id, periodId, type, dueDate: new Date(`${dueDate}T00:00:00Z`) },
  });
}

/** A budget line of a partner for a period, written by the project's lead. */
export async function createBudgetLine(
  { lead, project }: Consortium,
  line: { partnerId: string; periodId: string; category?: CostCategory; amount: string },
): Promise<{ id: string }> {
  const { id } = await saveBudgetLine(
    lead,
    ZSaveBudgetLineInput.parse({ projectId: project.id, category: "STAFF", ...line }),
  );
  return { id };
}

/** A payment of the consortium's project, planned and, with `received`, received in full on its planned date. */
export async function createPayment(
  { admin, project }: { admin: SessionUser; project: { id: string } },
  payment: { kind?: PaymentKind; plannedDate: string; amount: string; received?: boolean },
): Promise<{ id: string }> {
  const { id } = await savePayment(
    admin,
    ZSavePaymentInput.parse({
      projectId: project.id,
      kind: payment.kind ?? "INTERIM",
      plannedDate: payment.plannedDate,
      plannedAmount: payment.amount,
      receivedDate: payment.received ? payment.plannedDate : null,
      receivedAmount: payment.received ? payment.amount : null,
    }),
  );
  return { id };
}

/**
 * An expenditure item of a report in the project's currency (EUR), converted as a submission fixes it: for reports
 * that a test creates already submitted.
 */
export async function createExpenditureItem(
  reportId: string,
  item: { category?: CostCategory; amount: string; description?: string },
): Promise<{ id: string }> {
  const report = await db.partnerReport.findUniqueOrThrow({
    where: { id: reportId },
    select: { projectId: true, project: { select: { startDate: true } } },
  });
  return db.expenditureItem.create({
    data: {
      projectId: report.projectId,
      reportId,
      category: item.category ?? "STAFF",
      description: item.description ?? "Salary of the project manager",
      invoiceDate: report.project.startDate,
      amount: item.amount,
      currency: "EUR",
      convertedAmount: item.amount,
    },
    select: { id: true },
  });
}

/** A partner account whose organisation is a partner of another project only, and that project. */
export async function createOutsidePartner(author: SessionUser): Promise<{ user: SessionUser; projectId: string }> {
  const organisation = await createOrganisation(author);
  const project = await createProjectWithPartners(author, [{ organisationId: organisation.id }]);
  return { user: await createUser("PARTNER", { organisationId: organisation.id }), projectId: project.id };
}
