import "server-only";
import type { z } from "zod";
import { managesProject, seesChecksums, type ProjectAccess, type SessionUser } from "@/lib/access/permissions";
import { AppError, forbidden, notFound } from "@/lib/errors";
import { term } from "@/lib/i18n/message";
import { addDays, projectMonthAt, todayUtc } from "@/lib/format/project-months";
import type {
  ZChangeReportStatusInput,
  ZOpenPartnerReportInput,
  ZSaveReportSummaryInput,
} from "@/lib/validation/partner-report";
import { isReportEditable, reportMoves, type ReportActor } from "@/lib/workflow/report-status";
import { recordAudit } from "./audit";
import { announce } from "./notifications";
import type { Db } from "@/lib/db/client";
import { db, type Prisma } from "./db";
import { DOCUMENTS, PARTNERS_IN_ORDER } from "./selects";
import { fixAcceptedAmounts, fixConversions } from "./expenditure-conversion";
import { freezeLatestVersions } from "./files";
import { requireProjectAccess } from "./guards";
import { holdRow } from "./row-locks";

/** Leads, coordinators and administrators read every report; a partner reads its own organisation's. */
function readablePartnerIds(access: ProjectAccess, allPartnerIds: string[]): string[] {
  return access.canReadAllFunding ? allPartnerIds : access.actsForPartnerIds;
}

function reportActors(access: ProjectAccess, partnerId: string): ReportActor[] {
  const actors: ReportActor[] = [];
  if (access.isLead) actors.push("LEAD");
  if (access.actsForPartnerIds.includes(partnerId)) actors.push("OWN_PARTNER");
  return actors;
}

/**
 * The reporting periods with the reports this user may see, and the one to report for: the period under way, else the
 * last one once all have ended, else the first before any has begun (`when` says which).
 */
export async function findProjectReports(user: SessionUser, projectId: string, today = todayUtc()) {
  const access = await requireProjectAccess(user, projectId);
  const project = await db.project.findUniqueOrThrow({
    where: { id: projectId },
    select: {
      id: true,
      acronym: true,
      startDate: true,
      partners: PARTNERS_IN_ORDER,
      reportingPeriods: {
        orderBy: { number: "asc" },
        select: {
          id: true,
          number: true,
          startMonth: true,
          endMonth: true,
          deadlines: { orderBy: { dueDate: "asc" }, select: { type: true, dueDate: true } },
          reports: { select: { id: true, partnerId: true, status: true, submittedAt: true } },
        },
      },
    },
  });
  const partnerIds = readablePartnerIds(
    access,
    project.partners.map((partner) => partner.id),
  );
  const month = projectMonthAt(project.startDate, today);
  const started = project.reportingPeriods.filter((period) => period.startMonth <= month);
  const underWay = started.find((period) => period.endMonth >= month);
  const current = underWay ?? started.at(-1) ?? project.reportingPeriods[0];
  return {
    project: { id: project.id, acronym: project.acronym },
    access,
    /** The periodic progress reports are compiled for the lead, coordinators and administrators. */
    canCompileProgressReports: managesProject(user, access),
    currentPeriod: current
      ? {
          id: current.id,
          when: underWay ? ("now" as const) : started.length ? ("ended" as const) : ("upcoming" as const),
        }
      : null,
    periods: project.reportingPeriods.map((period) => ({
      ...period,
      rows: project.partners
        .filter((partner) => partnerIds.includes(partner.id))
        .map((partner) => ({
          partner,
          report: period.reports.find((report) => report.partnerId === partner.id) ?? null,
          canOpen: access.actsForPartnerIds.includes(partner.id),
        })),
    })),
  };
}

/** Opens (creating it as a draft when needed) the report of one's own organisation for a period. */
export async function openPartnerReport(
  user: SessionUser,
  input: z.output<typeof ZOpenPartnerReportInput>,
): Promise<{ id: string; projectId: string }> {
  const access = await requireProjectAccess(user, input.projectId);
  if (!access.actsForPartnerIds.includes(input.partnerId)) throw forbidden("onlyOwnPartnerOpens");
  const period = await db.reportingPeriod.findFirst({
    where: { id: input.periodId, projectId: input.projectId },
    select: { id: true },
  });
  if (!period) throw notFound("theReportingPeriod");
  return db.$transaction(async (tx) => {
    const existing = await tx.partnerReport.findUnique({
      where: { periodId_partnerId: { periodId: period.id, partnerId: input.partnerId } },
      select: { id: true },
    });
    if (existing) return { id: existing.id, projectId: input.projectId };
    const created = await tx.partnerReport.create({
      data: { projectId: input.projectId, periodId: period.id, partnerId: input.partnerId },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "report.create",
      entityType: "PartnerReport",
      entityId: created.id,
      projectId: input.projectId,
      partnerId: input.partnerId,
    });
    return { id: created.id, projectId: input.projectId };
  });
}

/** A report this user may read, with its files and the moves open to them; null when absent or not theirs. */
export async function getReportDetail(
  user: SessionUser,
  projectId: string,
  reportId: string,
  client: Pick<Db, "partnerReport"> = db,
  today = todayUtc(),
) {
  const access = await requireProjectAccess(user, projectId);
  const report = await client.partnerReport.findFirst({
    where: { id: reportId, projectId },
    select: {
      id: true,
      status: true,
      summary: true,
      submittedAt: true,
      reviewedAt: true,
      reviewComment: true,
      partnerId: true,
      project: { select: { id: true, acronym: true } },
      period: {
        select: {
          number: true,
          startMonth: true,
          endMonth: true,
          deadlines: { orderBy: { dueDate: "asc" }, select: { id: true, type: true, dueDate: true } },
        },
      },
      partner: { select: { partnerNumber: true, organisation: { select: { name: true } } } },
      reviewer: { select: { name: true } },
      // Receipts belong to their expenditure items, shown in the finance section.
      documents: { ...DOCUMENTS, where: { expenditureItemId: null } },
    },
  });
  if (!report || !(access.canReadAllFunding || access.actsForPartnerIds.includes(report.partnerId))) return null;
  const isOwn = access.actsForPartnerIds.includes(report.partnerId);
  const actors = reportActors(access, report.partnerId);
  return {
    report,
    actors,
    moves: reportMoves(report.status, actors),
    canEdit: isOwn && isReportEditable(report.status),
    seesChecksums: seesChecksums(user, access),
    // Late: not sent by the end of its day, or last sent after it.
    deadlines: report.period.deadlines.map((deadline) => ({
      ...deadline,
      isLate: report.submittedAt ? report.submittedAt >= addDays(deadline.dueDate, 1) : deadline.dueDate < today,
    })),
  };
}

/** The report of one's own organisation, read in `client` (the caller's transaction), while it is with the partner. */
export async function requireOwnEditableReport(
  user: SessionUser,
  projectId: string,
  reportId: string,
  client: Pick<Db, "partnerReport">,
) {
  const detail = await getReportDetail(user, projectId, reportId, client);
  if (!detail) throw notFound("theReport");
  if (!detail.canEdit) {
    throw detail.report.status === "SUBMITTED" || detail.report.status === "ACCEPTED"
      ? new AppError("CONFLICT", "reportSubmittedLocked")
      : forbidden("onlyOwnPartnerChanges");
  }
  return detail;
}

export async function saveReportSummary(user: SessionUser, input: z.output<typeof ZSaveReportSummaryInput>) {
  await db.$transaction(async (tx) => {
    // Checked in the transaction that writes, with the report held: a submission in between cannot be overwritten.
    await holdRow(tx, { kind: "report", id: input.reportId, projectId: input.projectId });
    const detail = await requireOwnEditableReport(user, input.projectId, input.reportId, tx);
    await writeSummary(tx, user, input, detail.report);
  });
  return { projectId: input.projectId, reportId: input.reportId };
}

async function writeSummary(
  tx: Prisma.TransactionClient,
  user: SessionUser,
  input: z.output<typeof ZSaveReportSummaryInput>,
  report: { partnerId: string; summary: string | null },
) {
  await tx.partnerReport.update({
    where: { id: input.reportId },
    data: { summary: input.summary, version: { increment: 1 } },
  });
  await recordAudit(tx, {
    actorId: user.id,
    action: "report.update",
    entityType: "PartnerReport",
    entityId: input.reportId,
    projectId: input.projectId,
    partnerId: report.partnerId,
    before: { summary: report.summary },
    after: { summary: input.summary },
  });
}

/** Submit (own partner), accept or return (lead). Submitting freezes the latest file version. */
export async function changeReportStatus(user: SessionUser, input: z.output<typeof ZChangeReportStatusInput>) {
  await db.$transaction(async (tx) => {
    // Every check reads the report in the transaction that writes, with the report held against uploads
    // under way, so the file frozen is the latest one.
    await holdRow(tx, { kind: "report", id: input.reportId, projectId: input.projectId });
    const detail = await getReportDetail(user, input.projectId, input.reportId, tx);
    if (!detail) throw notFound("theReport");
    await moveReport(tx, user, input, detail);
  });
  return { projectId: input.projectId, reportId: input.reportId };
}

/**
 * The partner's submission of the report as its page shows it: the summary typed (saved if it changed) and the
 * status change, in one transaction, so that what is typed is never lost by submitting.
 */
export async function submitReport(user: SessionUser, input: z.output<typeof ZSaveReportSummaryInput>) {
  await db.$transaction(async (tx) => {
    await holdRow(tx, { kind: "report", id: input.reportId, projectId: input.projectId });
    const detail = await requireOwnEditableReport(user, input.projectId, input.reportId, tx);
    if (input.summary !== detail.report.summary) await writeSummary(tx, user, input, detail.report);
    await moveReport(tx, user, { ...input, toStatus: "SUBMITTED", comment: null }, detail);
  });
  return { projectId: input.projectId, reportId: input.reportId };
}

/**
 * The status change of a report, in the caller's transaction with the report held and read (`detail`: its status,
 * files and people; the summary may have changed since, which a move does not use).
 */
async function moveReport(
  tx: Prisma.TransactionClient,
  user: SessionUser,
  input: z.output<typeof ZChangeReportStatusInput>,
  detail: NonNullable<Awaited<ReturnType<typeof getReportDetail>>>,
) {
  const now = new Date();
  // Submitting is the partner's; accepting and returning are the lead's. Then the status must allow the move.
  const requiredActor = input.toStatus === "SUBMITTED" ? "OWN_PARTNER" : "LEAD";
  if (!detail.actors.includes(requiredActor)) {
    throw forbidden(requiredActor === "LEAD" ? "onlyLeadReviewsReports" : "onlyOwnPartnerSubmits");
  }
  const move = detail.moves.find((candidate) => candidate.to === input.toStatus);
  if (!move)
    throw new AppError("CONFLICT", "reportMoveUnknown", {
      from: term(detail.report.status),
      to: term(input.toStatus),
    });
  if (move.needsComment && !input.comment)
    throw new AppError("VALIDATION", "returnNeedsComment", undefined, { comment: [{ key: "sayWhatToChange" }] });
  if (input.toStatus === "SUBMITTED" && detail.report.documents.length === 0)
    throw new AppError("VALIDATION", "uploadBeforeSubmitting");
  // Only from the status the user saw: a simultaneous change by someone else is not overwritten.
  const { count } = await tx.partnerReport.updateMany({
    where: { id: input.reportId, status: detail.report.status },
    data:
      input.toStatus === "SUBMITTED"
        ? { status: "SUBMITTED", submittedAt: now, version: { increment: 1 } }
        : {
            status: input.toStatus,
            reviewedAt: now,
            reviewerId: user.id,
            reviewComment: input.comment,
            version: { increment: 1 },
          },
  });
  if (count === 0) throw new AppError("CONFLICT", "reportChangedMeanwhile");
  if (input.toStatus === "SUBMITTED") {
    await fixConversions(tx, input.reportId, now);
    await freezeLatestVersions(tx, { partnerReportId: input.reportId });
  }
  if (input.toStatus === "ACCEPTED") await fixAcceptedAmounts(tx, input.reportId);
  await recordAudit(tx, {
    actorId: user.id,
    action: "report.status",
    entityType: "PartnerReport",
    entityId: input.reportId,
    projectId: input.projectId,
    partnerId: detail.report.partnerId,
    before: { status: detail.report.status },
    after: { status: input.toStatus, comment: input.comment },
  });
  // A submitted report is news for the lead; a decision on it is news for the partner.
  const submitted = input.toStatus === "SUBMITTED";
  await announce(tx, {
    projectId: input.projectId,
    actorId: user.id,
    kind: submitted ? "REPORT_SUBMITTED" : input.toStatus === "RETURNED" ? "REPORT_RETURNED" : "REPORT_ACCEPTED",
    params: {
      acronym: detail.report.project.acronym,
      period: `P${detail.report.period.number}`,
      partner: detail.report.partner.organisation.name,
    },
    href: `/projects/${input.projectId}/reports/${input.reportId}`,
    toLeads: submitted,
    toPartnerId: submitted ? undefined : detail.report.partnerId,
  });
}
