import "server-only";
import { CostCategory } from "@/generated/prisma/enums";
import { managesProject, type SessionUser } from "@/lib/access/permissions";
import { withFlatRate } from "@/lib/finance/conversion";
import { sumOf, ZERO } from "@/lib/finance/money";
import { forbidden, notFound } from "@/lib/errors";
import { projectMonthEnd, projectMonthStart } from "@/lib/format/project-months";
import { getProjectBudget } from "./budget";
import { db } from "./db";
import { COUNTED_REPORTS, spendByReport } from "./expenditure";
import { requireProjectAccess } from "./guards";
import { DELIVERABLE_REGISTER_FIELDS } from "./selects";

const FILE_FIELDS = {
  orderBy: { createdAt: "asc" },
  select: { originalName: true, versionNumber: true, sizeBytes: true, sha256: true },
} as const;

/**
 * What the periodic progress report of one reporting period is compiled from, for the lead, coordinators and
 * administrators (others who see the project are refused; those who do not, told it is not there): the project's
 * identification and partnership, the work packages and the partners' reports of the period, the deliverables and
 * milestones due in or before it, the finance of the period and to date, and the files sent.
 */
export async function getProgressReport(user: SessionUser, projectId: string, periodId: string) {
  const access = await requireProjectAccess(user, projectId);
  if (!managesProject(user, access)) throw forbidden("progressReportReaders");
  const project = await db.project.findUniqueOrThrow({
    where: { id: projectId },
    select: {
      acronym: true,
      title: true,
      currency: true,
      startDate: true,
      durationMonths: true,
      grantAgreementNumber: true,
      officeFlatRatePercent: true,
      programme: { select: { code: true, name: true } },
      call: { select: { identifier: true, title: true } },
      reportingPeriods: {
        orderBy: { number: "asc" },
        select: { id: true, number: true, startMonth: true, endMonth: true },
      },
      partners: {
        orderBy: { partnerNumber: "asc" },
        select: {
          id: true,
          partnerNumber: true,
          role: true,
          organisation: { select: { name: true, country: true } },
        },
      },
      workPackages: {
        where: { archivedAt: null },
        orderBy: { number: "asc" },
        select: { number: true, title: true, objective: true, startMonth: true, endMonth: true },
      },
    },
  });
  const period = project.reportingPeriods.find((candidate) => candidate.id === periodId);
  if (!period) throw notFound("theReportingPeriod");
  const upTo = { lte: period.endMonth };

  const [deliverables, milestones, reports, budget, countedReports] = await Promise.all([
    db.deliverable.findMany({
      where: { projectId, dueMonth: upTo },
      orderBy: [{ dueMonth: "asc" }, { number: "asc" }],
      select: { ...DELIVERABLE_REGISTER_FIELDS, files: FILE_FIELDS },
    }),
    db.milestone.findMany({
      where: { projectId, dueMonth: upTo },
      orderBy: { number: "asc" },
      select: {
        number: true,
        title: true,
        dueMonth: true,
        achievedOn: true,
        meansOfVerification: true,
        workPackage: { select: { number: true } },
      },
    }),
    db.partnerReport.findMany({
      where: { projectId, periodId },
      orderBy: { partner: { partnerNumber: "asc" } },
      select: {
        status: true,
        summary: true,
        submittedAt: true,
        partner: { select: { partnerNumber: true, organisation: { select: { name: true } } } },
        files: FILE_FIELDS,
      },
    }),
    getProjectBudget(user, projectId),
    db.partnerReport.findMany({
      where: { projectId, status: { in: COUNTED_REPORTS }, period: { number: { lte: period.number } } },
      select: { id: true, periodId: true },
    }),
  ]);

  // Spend per cost category, of the period and up to it, with the flat rate computed as on the reports.
  const spend = await spendByReport(
    projectId,
    countedReports.map((report) => report.id),
  );
  const inPeriod = new Set(countedReports.filter((report) => report.periodId === periodId).map((report) => report.id));
  const spendIn = (category: CostCategory, amount: "declared" | "accepted", periodOnly: boolean) =>
    withFlatRate(
      (of) =>
        sumOf(
          spend
            .filter((row) => row.category === of && (!periodOnly || inPeriod.has(row.reportId)))
            .map((row) => row[amount]),
        ),
      project.officeFlatRatePercent,
    )(category);
  const periodIndex = budget.periods.findIndex((candidate) => candidate.id === periodId);
  const periodNumbers = new Map(budget.periods.map((candidate) => [candidate.id, candidate.number]));
  const budgetIn = (category: CostCategory, periodOnly: boolean) =>
    sumOf(
      budget.partners.flatMap((partner) =>
        partner.lines
          .filter(
            (line) =>
              line.category === category &&
              (periodOnly ? line.periodId === periodId : (periodNumbers.get(line.periodId) ?? 0) <= period.number),
          )
          .map((line) => line.amount),
      ),
    );

  return {
    project,
    period: {
      ...period,
      from: projectMonthStart(project.startDate, period.startMonth),
      to: projectMonthEnd(project.startDate, period.endMonth),
    },
    leadPartner: project.partners.find((partner) => partner.role === "LEAD_PARTNER") ?? null,
    workPackages: project.workPackages,
    reports,
    deliverables: deliverables.map((row) => ({ ...row, dueDate: projectMonthEnd(project.startDate, row.dueMonth) })),
    milestones: milestones.map((row) => ({ ...row, dueDate: projectMonthEnd(project.startDate, row.dueMonth) })),
    finance: {
      partners: budget.partners.map((partner) => {
        const upToPeriod = partner.perPeriod.slice(0, periodIndex + 1);
        const current = partner.perPeriod[periodIndex]!;
        return {
          partnerNumber: partner.partnerNumber,
          name: partner.name,
          period: { budget: current.budget, declared: current.declared, accepted: current.accepted },
          toDate: {
            budget: sumOf(upToPeriod.map((entry) => entry.budget)),
            declared: sumOf(upToPeriod.map((entry) => entry.declared)),
            accepted: sumOf(upToPeriod.map((entry) => entry.accepted)),
          },
        };
      }),
      categories: Object.values(CostCategory).map((category) => ({
        category,
        period: {
          budget: budgetIn(category, true),
          declared: spendIn(category, "declared", true),
          accepted: spendIn(category, "accepted", true),
        },
        toDate: {
          budget: budgetIn(category, false),
          declared: spendIn(category, "declared", false),
          accepted: spendIn(category, "accepted", false),
        },
      })),
      payments: budget.payments.filter((payment) => payment.receivedDate),
      paymentsReceived: sumOf(budget.payments.map((payment) => payment.receivedAmount ?? ZERO)),
    },
  };
}

export type ProgressReportData = Awaited<ReturnType<typeof getProgressReport>>;
