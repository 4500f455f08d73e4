import "server-only";
import type { ProgressReportData } from "@/lib/dal/progress-report";
import { sumOf } from "@/lib/finance/money";
import { formatFileSize, type Display } from "@/lib/format/display";
import type { translatorFor } from "@/lib/i18n/messages";
import type { Block, TableBlock } from "./blocks";

type Translate = ReturnType<typeof translatorFor>;
type Money = ProgressReportData["finance"]["partners"][number]["period"];

/**
 * The periodic progress report of one reporting period, as a funder's template asks for it, from the tracked data
 * alone and in the reader's language: identification, partnership, progress, deliverables and milestones, finance,
 * and the annex of files sent.
 */
export function progressReportBlocks(
  data: ProgressReportData,
  t: Translate,
  display: Display,
  generatedAt: Date,
): Block[] {
  const w = (key: string, values?: Record<string, string | number>) =>
    t(`ProgressReport.${key}` as never, values as never);
  const label = (group: string, value: string) => t(`Labels.${group}.${value}` as never);
  const { project, period } = data;
  const periodName = `P${period.number}`;
  const money = (amount: { toString(): string }) => display.money(amount, project.currency);
  const orNone = (value: string | null | undefined) => value || w("none");
  const dueText = (month: number, date: Date) => w("dueValue", { month, date: display.date(date) });

  const blocks: Block[] = [
    { kind: "title", text: w("title", { acronym: project.acronym, period: periodName }), subtitle: project.title },
    { kind: "heading", level: 1, text: w("identification") },
    table(
      [],
      [
        [w("programme"), `${project.programme.name} (${project.programme.code})`],
        [w("call"), project.call ? `${project.call.identifier}: ${project.call.title}` : w("none")],
        [w("grantAgreement"), orNone(project.grantAgreementNumber)],
        [w("acronym"), project.acronym],
        [w("projectTitle"), project.title],
        [
          w("period"),
          w("periodValue", {
            period: periodName,
            from: period.startMonth,
            to: period.endMonth,
            fromDate: display.date(period.from),
            toDate: display.date(period.to),
          }),
        ],
        [w("leadPartner"), data.leadPartner ? data.leadPartner.organisation.name : w("none")],
        [w("generatedOn"), display.date(generatedAt)],
      ],
      [1, 3],
    ),

    { kind: "heading", level: 1, text: w("partnership") },
    table(
      [w("number"), w("organisation"), w("country"), w("role")],
      project.partners.map((partner) => [
        `PP${partner.partnerNumber}`,
        partner.organisation.name,
        display.country(partner.organisation.country),
        label("partnerRole", partner.role),
      ]),
      [1, 5, 2, 2],
    ),

    { kind: "heading", level: 1, text: w("progress") },
    { kind: "heading", level: 2, text: w("workPackages") },
    ...data.workPackages.flatMap((workPackage): Block[] => [
      {
        kind: "heading",
        level: 3,
        text: w("workPackage", {
          number: workPackage.number,
          title: workPackage.title,
          from: workPackage.startMonth,
          to: workPackage.endMonth,
        }),
      },
      { kind: "paragraph", text: workPackage.objective || w("noObjective") },
    ]),
    { kind: "heading", level: 2, text: w("partnerReports") },
    table(
      [w("number"), w("partner"), w("status"), w("submitted")],
      project.partners.map((partner) => {
        const report = data.reports.find((candidate) => candidate.partner.partnerNumber === partner.partnerNumber);
        return [
          `PP${partner.partnerNumber}`,
          partner.organisation.name,
          report ? label("reportStatus", report.status) : w("notStarted"),
          report?.submittedAt ? display.date(report.submittedAt) : w("none"),
        ];
      }),
      [1, 5, 2, 2],
    ),
    ...data.reports.flatMap((report): Block[] => [
      { kind: "heading", level: 3, text: `PP${report.partner.partnerNumber} ${report.partner.organisation.name}` },
      { kind: "paragraph", text: report.summary || w("noSummary") },
    ]),

    { kind: "heading", level: 1, text: w("deliverables") },
    { kind: "heading", level: 2, text: w("deliverablesCaption") },
    data.deliverables.length
      ? table(
          [
            w("number"),
            w("title2"),
            w("wp"),
            w("responsible"),
            w("due"),
            w("status"),
            w("submitted"),
            w("lateJustification"),
          ],
          data.deliverables.map((row) => [
            row.number,
            row.title,
            `WP${row.workPackage.number}`,
            `PP${row.responsiblePartner.partnerNumber} ${row.responsiblePartner.organisation.name}`,
            dueText(row.dueMonth, row.dueDate),
            label("deliverableStatus", row.status),
            row.submittedAt ? display.date(row.submittedAt) : w("none"),
            orNone(row.lateJustification),
          ]),
          [1, 2.8, 0.8, 2.2, 1.6, 1.3, 1.7, 2.2],
        )
      : { kind: "paragraph", text: w("noDeliverables") },
    { kind: "heading", level: 2, text: w("milestonesCaption") },
    data.milestones.length
      ? table(
          [w("number"), w("title2"), w("wp"), w("due"), w("reachedOn"), w("meansOfVerification")],
          data.milestones.map((row) => [
            `MS${row.number}`,
            row.title,
            row.workPackage ? `WP${row.workPackage.number}` : w("none"),
            dueText(row.dueMonth, row.dueDate),
            row.achievedOn ? display.date(row.achievedOn) : w("none"),
            orNone(row.meansOfVerification),
          ]),
          [1, 3, 0.8, 1.6, 1.4, 3],
        )
      : { kind: "paragraph", text: w("noMilestones") },

    { kind: "heading", level: 1, text: w("finance") },
    { kind: "paragraph", text: w("financeIntro", { currency: project.currency }) },
    { kind: "heading", level: 2, text: w("byPartner") },
    moneyTable(
      w("partner"),
      [
        ...data.finance.partners.map((partner) => ({
          name: `PP${partner.partnerNumber} ${partner.name}`,
          period: partner.period,
          toDate: partner.toDate,
        })),
      ],
      { w, money },
    ),
    { kind: "heading", level: 2, text: w("byCategory") },
    moneyTable(
      w("category"),
      data.finance.categories
        .filter((row) =>
          [row.period, row.toDate].some((amounts) => Object.values(amounts).some((value) => !value.isZero())),
        )
        .map((row) => ({ name: label("costCategory", row.category), period: row.period, toDate: row.toDate })),
      { w, money },
    ),
    { kind: "heading", level: 2, text: w("payments") },
    data.finance.payments.length
      ? table(
          [w("kind"), w("period"), w("receivedOn"), w("amount")],
          [
            ...data.finance.payments.map((payment) => [
              label("paymentKind", payment.kind),
              payment.period ? `P${payment.period.number}` : w("none"),
              payment.receivedDate ? display.date(payment.receivedDate) : w("none"),
              payment.receivedAmount ? money(payment.receivedAmount) : w("none"),
            ]),
            [w("total"), "", "", money(data.finance.paymentsReceived)],
          ],
          [3, 1, 2, 2],
          [false, false, false, true],
        )
      : { kind: "paragraph", text: w("noPayments") },

    { kind: "heading", level: 1, text: w("annex") },
  ];

  const files = [
    ...data.reports.flatMap((report) =>
      report.files.map((file) => ({ owner: w("reportOf", { number: report.partner.partnerNumber }), file })),
    ),
    ...data.deliverables.flatMap((row) => row.files.map((file) => ({ owner: row.number, file }))),
  ];
  blocks.push(
    files.length
      ? {
          kind: "table",
          table: {
            headers: [w("belongsTo"), w("file"), w("version"), w("size"), w("sha256")],
            rows: files.map(({ owner, file }) => [
              owner,
              file.originalName,
              `v${file.versionNumber}`,
              formatFileSize(file.sizeBytes),
              file.sha256,
            ]),
            widths: [1.4, 2.6, 0.8, 1, 4.4],
            numeric: [false, false, false, true, false],
            monospace: [false, false, false, false, true],
          },
        }
      : { kind: "paragraph", text: w("noFiles") },
  );
  return blocks;
}

function table(headers: string[], rows: string[][], widths: number[], numeric?: boolean[]): Block {
  return { kind: "table", table: { headers, rows, widths, numeric } };
}

/** Budget, declared and accepted, of the period and to date, with a total line. */
function moneyTable(
  first: string,
  rows: { name: string; period: Money; toDate: Money }[],
  { w, money }: { w: (key: string) => string; money: (amount: { toString(): string }) => string },
): Block {
  const amounts = (row: { period: Money; toDate: Money }) => [
    row.period.budget,
    row.period.declared,
    row.period.accepted,
    row.toDate.budget,
    row.toDate.declared,
    row.toDate.accepted,
  ];
  const totals = [0, 1, 2, 3, 4, 5].map((index) => sumOf(rows.map((row) => amounts(row)[index]!)));
  const body: TableBlock = {
    headers: [
      first,
      w("budgetPeriod"),
      w("declaredPeriod"),
      w("acceptedPeriod"),
      w("budgetToDate"),
      w("declaredToDate"),
      w("acceptedToDate"),
    ],
    rows: [...rows.map((row) => [row.name, ...amounts(row).map(money)]), [w("total"), ...totals.map(money)]],
    widths: [3, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5],
    numeric: [false, true, true, true, true, true, true],
  };
  return { kind: "table", table: body };
}
