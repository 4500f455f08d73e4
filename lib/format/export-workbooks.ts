import "server-only";
import type { getProjectBudget } from "@/lib/dal/budget";
import type { findDeliverableRegister } from "@/lib/dal/deliverables";
import type { listProjectExpenditure } from "@/lib/dal/expenditure";
import type { findProjectHistoryForExport } from "@/lib/dal/history";
import type { translatorFor } from "@/lib/i18n/messages";
import { describeAuditEvent, type AuditWords } from "./audit";
import { projectMonthEnd, projectMonthStart } from "./project-months";
import type { GanttRow } from "./timeline-rows";
import type { SheetSpec } from "./workbook";

/**
 * The sheets of the XLSX exports, in the reader's language, from what the data layer gave this reader: the same
 * rows the pages show them, never more.
 */

type Translate = ReturnType<typeof translatorFor>;
type Budget = Awaited<ReturnType<typeof getProjectBudget>>;

const label = (t: Translate, group: string, value: string) => t(`Labels.${group}.${value}` as never);

/** By partner and period, by category, the lines, the expenditure items, and (for funding readers) the payments. */
export function budgetSheets(
  t: Translate,
  budget: Budget,
  items: Awaited<ReturnType<typeof listProjectExpenditure>>,
): SheetSpec[] {
  const w = (key: string) => t(`Workbooks.${key}` as never);
  const partnerColumns = [
    { header: w("partnerNumber"), kind: "text", width: 12 },
    { header: w("partner"), kind: "text", width: 36 },
  ] as const;
  const partnerCells = (partner: { partnerNumber: number; name: string }) => [
    `PP${partner.partnerNumber}`,
    partner.name,
  ];
  const sheets: SheetSpec[] = [
    {
      name: w("sheets.byPartnerPeriod"),
      columns: [
        ...partnerColumns,
        { header: w("period"), kind: "text", width: 10 },
        { header: w("budget"), kind: "money" },
        { header: w("declared"), kind: "money" },
        { header: w("accepted"), kind: "money" },
        { header: w("spend"), kind: "money" },
      ],
      rows: budget.partners.flatMap((partner) =>
        partner.perPeriod.map((entry, index) => [
          ...partnerCells(partner),
          `P${budget.periods[index]!.number}`,
          entry.budget,
          entry.declared,
          entry.accepted,
          entry.spend,
        ]),
      ),
    },
    {
      name: w("sheets.byCategory"),
      columns: [
        ...partnerColumns,
        { header: w("category"), kind: "text", width: 34 },
        { header: w("budget"), kind: "money" },
      ],
      rows: budget.partners.flatMap((partner) =>
        budget.categories.map((category) => [
          ...partnerCells(partner),
          label(t, "costCategory", category),
          partner.byCategory(category),
        ]),
      ),
    },
    {
      name: w("sheets.lines"),
      columns: [
        ...partnerColumns,
        { header: w("period"), kind: "text", width: 10 },
        { header: w("category"), kind: "text", width: 34 },
        { header: w("amount"), kind: "money" },
      ],
      rows: budget.partners.flatMap((partner) =>
        partner.lines.map((line) => [
          ...partnerCells(partner),
          `P${line.periodNumber}`,
          label(t, "costCategory", line.category),
          line.amount,
        ]),
      ),
    },
  ];
  if (items.length > 0)
    sheets.push({
      name: w("sheets.expenditure"),
      columns: [
        ...partnerColumns,
        { header: w("period"), kind: "text", width: 10 },
        { header: w("reportStatus"), kind: "text", width: 14 },
        { header: w("category"), kind: "text", width: 34 },
        { header: w("description"), kind: "text", width: 40 },
        { header: w("supplier"), kind: "text" },
        { header: w("invoiceNumber"), kind: "text", width: 16 },
        { header: w("invoiceDate"), kind: "date" },
        { header: w("paymentDate"), kind: "date" },
        { header: w("amountInvoiced"), kind: "amount" },
        { header: w("currency"), kind: "text", width: 10 },
        { header: w("rate"), kind: "rate", width: 14 },
        { header: w("converted"), kind: "money" },
        { header: w("accepted"), kind: "money" },
        { header: w("deductionReason"), kind: "text", width: 36 },
      ],
      rows: items.map((item) => [
        `PP${item.report.partner.partnerNumber}`,
        item.report.partner.organisation.name,
        `P${item.report.period.number}`,
        label(t, "reportStatus", item.report.status),
        label(t, "costCategory", item.category),
        item.description,
        item.supplier,
        item.invoiceNumber,
        item.invoiceDate,
        item.paymentDate,
        item.amount,
        item.currency,
        item.exchangeRate,
        item.convertedAmount,
        item.acceptedAmount,
        item.deductionReason,
      ]),
    });
  // Payments are the whole project's funding: not for a partner who sees only its own share.
  if (budget.access.canReadAllFunding) sheets.push(paymentsSheet(t, budget));
  return sheets;
}

export function paymentsSheet(t: Translate, budget: Budget): SheetSpec {
  const w = (key: string) => t(`Workbooks.${key}` as never);
  return {
    name: w("sheets.payments"),
    columns: [
      { header: w("kind"), kind: "text", width: 18 },
      { header: w("period"), kind: "text", width: 10 },
      { header: w("plannedDate"), kind: "date" },
      { header: w("plannedAmount"), kind: "money" },
      { header: w("receivedDate"), kind: "date" },
      { header: w("receivedAmount"), kind: "money" },
      { header: w("note"), kind: "text", width: 40 },
    ],
    rows: budget.payments.map((payment) => [
      label(t, "paymentKind", payment.kind),
      payment.period ? `P${payment.period.number}` : null,
      payment.plannedDate,
      payment.plannedAmount,
      payment.receivedDate,
      payment.receivedAmount,
      payment.note,
    ]),
  };
}

export function deliverablesSheet(
  t: Translate,
  register: Awaited<ReturnType<typeof findDeliverableRegister>>,
): SheetSpec {
  const w = (key: string) => t(`Workbooks.${key}` as never);
  return {
    name: w("sheets.deliverables"),
    columns: [
      { header: w("number"), kind: "text", width: 10 },
      { header: w("title"), kind: "text", width: 48 },
      { header: w("workPackage"), kind: "text", width: 14 },
      { header: w("responsiblePartner"), kind: "text", width: 36 },
      { header: w("type"), kind: "text", width: 30 },
      { header: w("dissemination"), kind: "text", width: 24 },
      { header: w("dueMonth"), kind: "number" },
      { header: w("dueDate"), kind: "date" },
      { header: w("status"), kind: "text", width: 14 },
      { header: w("submitted"), kind: "date" },
      { header: w("lateJustification"), kind: "text", width: 40 },
    ],
    rows: register.deliverables.map((row) => [
      row.number,
      row.title,
      `WP${row.workPackage.number}`,
      `PP${row.responsiblePartner.partnerNumber} ${row.responsiblePartner.organisation.name}`,
      label(t, "deliverableType", row.type),
      label(t, "dissemination", row.dissemination),
      row.dueMonth,
      row.dueDate,
      label(t, "deliverableStatus", row.status),
      row.submittedAt,
      row.lateJustification,
    ]),
  };
}

export function historySheet(
  t: Translate,
  words: AuditWords,
  events: Awaited<ReturnType<typeof findProjectHistoryForExport>>["events"],
): SheetSpec {
  const w = (key: string) => t(`Workbooks.${key}` as never);
  return {
    name: w("sheets.history"),
    columns: [
      { header: w("time"), kind: "dateTime" },
      { header: w("who"), kind: "text" },
      { header: w("email"), kind: "text", width: 28 },
      { header: w("what"), kind: "text", width: 60 },
      { header: w("action"), kind: "text", width: 20 },
      { header: w("recordType"), kind: "text", width: 18 },
      { header: w("recordId"), kind: "text", width: 28 },
    ],
    rows: events.map((event) => [
      event.createdAt,
      event.actor?.name,
      event.actor?.email,
      describeAuditEvent(event, words),
      event.action,
      event.entityType,
      event.entityId,
    ]),
  };
}

/** The timeline's rows as its table view shows them: points (deliverables, milestones) have an end only. */
export function timelineSheet(t: Translate, projectStart: Date, rows: GanttRow[]): SheetSpec {
  const w = (key: string) => t(`Workbooks.${key}` as never);
  return {
    name: w("sheets.timeline"),
    columns: [
      { header: w("kind"), kind: "text", width: 20 },
      { header: w("item"), kind: "text", width: 60 },
      { header: w("state"), kind: "text", width: 16 },
      { header: w("startMonth"), kind: "number" },
      { header: w("endMonth"), kind: "number" },
      { header: w("startDate"), kind: "date" },
      { header: w("endDate"), kind: "date" },
    ],
    rows: rows.map((row) => [
      row.group,
      row.label,
      row.state,
      row.isPoint ? null : row.from,
      row.to,
      row.isPoint ? null : projectMonthStart(projectStart, row.from),
      projectMonthEnd(projectStart, row.to),
    ]),
  };
}
