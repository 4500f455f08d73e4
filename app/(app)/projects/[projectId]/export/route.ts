import type { SessionUser } from "@/lib/access/permissions";
import { getProjectBudget } from "@/lib/dal/budget";
import { findDeliverableRegister } from "@/lib/dal/deliverables";
import { listProjectExpenditure } from "@/lib/dal/expenditure";
import { getProjectTimeline } from "@/lib/dal/timeline";
import { notFound } from "@/lib/errors";
import { toCsv } from "@/lib/format/csv";
import { budgetSheets, deliverablesSheet, paymentsSheet, timelineSheet } from "@/lib/format/export-workbooks";
import { workbookOf } from "@/lib/format/workbook";
import { translatorFor } from "@/lib/i18n/messages";
import { requestLocale } from "@/lib/i18n/request-locale";
import { COST_CATEGORY_LABELS, PAYMENT_KIND_LABELS } from "@/lib/format/labels";
import { isoDate } from "@/lib/format/display";
import { projectMonthEnd, projectMonthStart, todayUtc } from "@/lib/format/project-months";
import { timelineRows, timelineWords } from "@/lib/format/timeline-rows";
import { csvDownload, jsonError, xlsxDownload } from "@/lib/http";
import { authedRoute } from "@/lib/route-handler";

const EXPORTS = ["budget", "payments", "timeline"] as const;
type ExportKind = (typeof EXPORTS)[number];
/** Workbooks for people, next to the CSV files for machines; the deliverables register is a workbook only. */
const WORKBOOKS = ["budget", "payments", "deliverables", "timeline"] as const;
type WorkbookKind = (typeof WORKBOOKS)[number];

/**
 * CSV exports of a project's budget lines, payments or timeline, and XLSX workbooks (`&format=xlsx`) of its budget,
 * payments, timeline and deliverables register. The same data-layer rules as the pages apply: a partner's budget
 * holds its own organisation's lines and expenditure only, payments need funding rights.
 */
export const GET = authedRoute<{ projectId: string }>(
  {
    name: (request) => {
      const query = new URL(request.url).searchParams;
      return `export-${query.get("data")}${query.get("format") === "xlsx" ? "-xlsx" : ""}`;
    },
    target: ({ projectId }) => ({ projectId }),
    hideRefusals: true,
  },
  async ({ user, request, params: { projectId } }) => {
    const query = new URL(request.url).searchParams;
    if (query.get("format") === "xlsx") {
      const kind = query.get("data") as WorkbookKind;
      if (!WORKBOOKS.includes(kind)) return jsonError(400, "exportKindUnknown");
      const { acronym, workbook } = await buildWorkbook(user, projectId, kind);
      return xlsxDownload(`${acronym}-${kind}.xlsx`, workbook);
    }
    const kind = query.get("data") as ExportKind;
    if (!EXPORTS.includes(kind)) return jsonError(400, "exportKindUnknown");
    const { acronym, csv } = await build(user, projectId, kind);
    return csvDownload(`${acronym}-${kind}.csv`, csv);
  },
);

async function buildWorkbook(user: SessionUser, projectId: string, kind: WorkbookKind) {
  const t = translatorFor(await requestLocale());
  if (kind === "timeline") {
    const { project } = await getProjectTimeline(user, projectId);
    const group = t.raw as (key: string) => Record<string, string>;
    const words = timelineWords(
      (key, values) => t(`Timeline.${key}` as never, values as never),
      group("Labels.deliverableStatus"),
    );
    const rows = timelineRows(project, todayUtc(), words);
    return {
      acronym: project.acronym,
      workbook: await workbookOf([timelineSheet(t, project.startDate, rows)]),
    };
  }
  if (kind === "deliverables") {
    const register = await findDeliverableRegister(user, projectId);
    return {
      acronym: register.project.acronym,
      workbook: await workbookOf([deliverablesSheet(t, register)], register.project.currency),
    };
  }
  const budget = await getProjectBudget(user, projectId);
  const { acronym, currency } = budget.project;
  if (kind === "payments") {
    if (!budget.access.canReadAllFunding) throw notFound("thePayments");
    return { acronym, workbook: await workbookOf([paymentsSheet(t, budget)], currency) };
  }
  const items = await listProjectExpenditure(user, projectId);
  return { acronym, workbook: await workbookOf(budgetSheets(t, budget, items), currency) };
}

async function build(user: SessionUser, projectId: string, kind: ExportKind) {
  if (kind === "timeline") {
    const { project } = await getProjectTimeline(user, projectId);
    const rows = timelineRows(project, todayUtc());
    return {
      acronym: project.acronym,
      csv: toCsv(
        ["kind", "item", "state", "start_month", "end_month", "start_date", "end_date"],
        rows.map((row) => [
          row.group,
          row.label,
          row.state,
          row.isPoint ? null : row.from,
          row.to,
          row.isPoint ? null : isoDate(projectMonthStart(project.startDate, row.from)),
          isoDate(projectMonthEnd(project.startDate, row.to)),
        ]),
      ),
    };
  }
  const budget = await getProjectBudget(user, projectId);
  const { project } = budget;
  if (kind === "payments") {
    if (!budget.access.canReadAllFunding) throw notFound("thePayments");
    return {
      acronym: project.acronym,
      csv: toCsv(
        ["kind", "period", "planned_date", "planned_amount", "received_date", "received_amount", "currency", "note"],
        budget.payments.map((payment) => [
          PAYMENT_KIND_LABELS[payment.kind],
          payment.period ? `P${payment.period.number}` : null,
          isoDate(payment.plannedDate),
          payment.plannedAmount.toFixed(2),
          payment.receivedDate ? isoDate(payment.receivedDate) : null,
          payment.receivedAmount?.toFixed(2),
          project.currency,
          payment.note,
        ]),
      ),
    };
  }
  const periodNumber = new Map(budget.periods.map((period) => [period.id, period.number]));
  return {
    acronym: project.acronym,
    csv: toCsv(
      ["partner_number", "partner", "period", "cost_category", "amount", "currency"],
      budget.partners.flatMap((partner) =>
        partner.lines.map((line) => [
          `PP${partner.partnerNumber}`,
          partner.name,
          `P${periodNumber.get(line.periodId)}`,
          COST_CATEGORY_LABELS[line.category],
          line.amount.toFixed(2),
          project.currency,
        ]),
      ),
    ),
  };
}
