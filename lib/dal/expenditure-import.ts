import "server-only";
import type { z } from "zod";
import type { SessionUser } from "@/lib/access/permissions";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import {
  findItemColumns,
  ITEM_COLUMNS,
  itemFieldsOf,
  MAX_IMPORT_ROWS,
  REQUIRED_ITEM_COLUMNS,
  type ItemColumn,
} from "@/lib/finance/expenditure-sheet";
import { CostCategory } from "@/generated/prisma/enums";
import { FLAT_RATE_CATEGORY, type Conversion } from "@/lib/finance/conversion";
import { sumOf } from "@/lib/finance/money";
import { todayUtc } from "@/lib/format/project-months";
import { readTable } from "@/lib/format/table-file";
import { messageText, type Message } from "@/lib/i18n/message";
import { inReadersDecimals } from "@/lib/i18n/request-decimal";
import { ZSaveExpenditureItemInput, type ZImportExpenditureInput } from "@/lib/validation/expenditure";
import { recordAudits } from "./audit";
import { db } from "./db";
import { CONVERSION_FACTS, monthsFor } from "./expenditure-conversion";
import { checkItemRules } from "./expenditure-rules";
import { loadRateBook } from "./exchange-rates";
import { requireOwnEditableReport } from "./partner-reports";
import { holdRow } from "./row-locks";

type Input = z.output<typeof ZImportExpenditureInput>;
type Client = Pick<Db, "partnerReport" | "exchangeRate" | "expenditureItem">;

/** A problem of the file, at its line (1 for the header or the file as a whole) and column where it has one. */
export type ImportProblem = { line: number; column: ItemColumn | null; message: Message | string };

/** One item the file would add, converted as the report's finance shows it. */
export type ImportedItem = {
  line: number;
  data: z.output<typeof ZSaveExpenditureItemInput>;
  conversion: Conversion;
};

export type ExpenditureImportPlan = { items: ImportedItem[]; problems: ImportProblem[]; currency: string };

/**
 * Reads a spreadsheet of expenditure for one's own report while it is with the partner, and works out what it
 * would add, writing nothing: every line is checked as the expenditure form checks an item, and every problem is
 * kept with its line, so that the person corrects them all in one go.
 */
export async function planExpenditureImport(user: SessionUser, input: Input, today = todayUtc()) {
  return readPlan(db, user, input, today);
}

/**
 * Adds every item of the file in one transaction, checked anew there with the report held. A file with any
 * problem adds nothing.
 */
export async function importExpenditureItems(user: SessionUser, input: Input, today = todayUtc()) {
  return db.$transaction(
    async (tx) => {
      await holdRow(tx, { kind: "report", id: input.reportId, projectId: input.projectId });
      const plan = await readPlan(tx, user, input, today);
      if (plan.problems.length > 0) throw new AppError("VALIDATION", "sheetHasProblems");
      if (plan.items.length === 0) throw new AppError("VALIDATION", "importHasNoItems");
      const { partnerId } = plan;
      const created = await tx.expenditureItem.createManyAndReturn({
        data: plan.items.map(({ data }) => ({
          ...itemData(data),
          projectId: input.projectId,
          reportId: input.reportId,
        })),
        select: { id: true },
      });
      await recordAudits(
        tx,
        created.map((item, index) => ({
          actorId: user.id,
          action: "expenditure.create",
          entityType: "ExpenditureItem",
          entityId: item.id,
          projectId: input.projectId,
          partnerId,
          after: { reportId: input.reportId, imported: true, ...itemData(plan.items[index]!.data) },
        })),
      );
      return {
        projectId: input.projectId,
        reportId: input.reportId,
        count: created.length,
        total: sumOf(plan.items.map((item) => item.conversion.converted)).toFixed(2),
      };
    },
    { timeout: 30_000 },
  );
}

/**
 * What the template of a report needs: the project's categories (less the one its flat rate computes) and a name
 * for the file. Only those who may add items to the report get one.
 */
export async function getExpenditureTemplateFacts(user: SessionUser, projectId: string, reportId: string) {
  const detail = await requireOwnEditableReport(user, projectId, reportId, db);
  const project = await db.project.findUniqueOrThrow({
    where: { id: projectId },
    select: { officeFlatRatePercent: true, currency: true },
  });
  return {
    currency: project.currency,
    fileName: `${detail.report.project.acronym}-P${detail.report.period.number}-PP${detail.report.partner.partnerNumber}-expenditure.xlsx`,
    categories: Object.values(CostCategory).filter(
      (category) => !(category === FLAT_RATE_CATEGORY && project.officeFlatRatePercent),
    ),
  };
}

const itemData = (data: ImportedItem["data"]) => ({
  category: data.category,
  description: data.description,
  supplier: data.supplier,
  invoiceNumber: data.invoiceNumber,
  invoiceDate: data.invoiceDate,
  paymentDate: data.paymentDate,
  amount: data.amount,
  currency: data.currency,
});

async function readPlan(client: Client, user: SessionUser, input: Input, today: Date) {
  const detail = await requireOwnEditableReport(user, input.projectId, input.reportId, client);
  const report = await client.partnerReport.findUniqueOrThrow({
    where: { id: input.reportId },
    select: CONVERSION_FACTS,
  });
  const currency = report.project.currency;
  const plan = {
    items: [] as ImportedItem[],
    problems: [] as ImportProblem[],
    currency,
    partnerId: detail.report.partnerId,
  };
  const fileProblem = (message: string) => ({ ...plan, problems: [{ line: 1, column: null, message }] });

  const table = await readTable(Buffer.from(input.file), MAX_IMPORT_ROWS);
  if ("unreadable" in table) {
    if (table.unreadable === "tooManyRows")
      return fileProblem(messageText("sheetTooManyRows", { max: MAX_IMPORT_ROWS }));
    return fileProblem(messageText(table.unreadable === "empty" ? "sheetEmpty" : "sheetUnreadable"));
  }
  const columns = findItemColumns(table.header);
  const missing = REQUIRED_ITEM_COLUMNS.filter((column) => columns[column] === undefined);
  if (missing.length > 0)
    return {
      ...plan,
      problems: missing.map((column) => ({ line: 1, column, message: messageText("sheetMissingColumn") })),
    };
  if (table.rows.length === 0) return fileProblem(messageText("sheetEmpty"));

  // The form's own schema reads every line, in the reader's decimal convention as the form would.
  const parsed = await inReadersDecimals(() =>
    table.rows.map((row) => {
      const fields = itemFieldsOf(row, columns, currency);
      return {
        line: row.line,
        fields,
        result: ZSaveExpenditureItemInput.safeParse({
          projectId: input.projectId,
          reportId: input.reportId,
          ...fields,
        }),
      };
    }),
  );
  const months = monthsFor(report, today);
  const valid = parsed.flatMap(({ line, result }) => (result.success ? [{ line, data: result.data }] : []));
  const [rates, existing] = await Promise.all([
    loadRateBook(client, [currency, ...valid.map(({ data }) => data.currency)], months),
    client.expenditureItem.findMany({
      where: { reportId: input.reportId },
      select: { description: true, invoiceNumber: true, invoiceDate: true, amount: true, currency: true },
    }),
  ]);
  // The same invoice imported twice would count twice: a line the report already holds is refused.
  const sameInvoice = (item: {
    description: string;
    invoiceNumber: string | null;
    invoiceDate: Date;
    amount: { toString(): string };
    currency: string;
  }) =>
    [
      item.description,
      item.invoiceNumber ?? "",
      item.invoiceDate.toISOString(),
      Number(item.amount),
      item.currency,
    ].join("|");
  const held = new Set(existing.map(sameInvoice));
  for (const { line, fields, result } of parsed) {
    if (!result.success) {
      for (const issue of result.error.issues) {
        const column = ITEM_COLUMNS.find((name) => name === issue.path[0]) ?? null;
        // A form's select cannot hold a category that does not exist; a cell can, and the message names it.
        const message =
          column === "category" && fields.category
            ? messageText("unknownCostCategory", { value: fields.category.slice(0, 80) })
            : issue.message;
        plan.problems.push({ line, column, message });
      }
      continue;
    }
    const { problems, conversion } = checkItemRules(report, result.data, months, rates);
    for (const problem of problems)
      plan.problems.push({ line, column: problem.field, message: messageText(problem.key, problem.values) });
    const isHeld = held.has(sameInvoice({ ...result.data, invoiceNumber: result.data.invoiceNumber ?? null }));
    if (isHeld) plan.problems.push({ line, column: null, message: messageText("itemAlreadyInReport") });
    if (problems.length === 0 && !isHeld && conversion) plan.items.push({ line, data: result.data, conversion });
  }
  return plan;
}
