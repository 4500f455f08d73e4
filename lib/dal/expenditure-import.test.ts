/**
 * Importing expenditure from a spreadsheet and rates from a rate file, against a real database: a good file adds
 * every line in one go, a file with problems lists each by line and adds nothing, and only the report's own
 * partner (for items) or a funding manager (for rates) may import.
 */
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/test/db";
import { createConsortium, createPartnerReport, type Consortium } from "@/test/factories";
import { AppError } from "@/lib/errors";
import { expenditureTemplate, ITEM_COLUMNS } from "@/lib/finance/expenditure-sheet";
import { ZImportExchangeRatesInput } from "@/lib/validation/exchange-rate";
import { ZImportExpenditureInput } from "@/lib/validation/expenditure";
import { importRates, planRateImport } from "./exchange-rates";
import { importExpenditureItems, planExpenditureImport } from "./expenditure-import";

let consortium: Consortium;
let reportId = "";

const input = (file: Buffer) =>
  ZImportExpenditureInput.parse({ projectId: consortium.project.id, reportId, file: file.toString("base64") });
const csv = (text: string) => Buffer.from(text);
const itemCount = () => db.expenditureItem.count({ where: { reportId } });

/** The report's own template, filled in as a partner would in Excel: a date cell, a number cell, a category label. */
async function filledTemplate(rows: unknown[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const template = await expenditureTemplate({
    sheet: "Expenditure",
    listsSheet: "Lists",
    instructionsSheet: "How to fill in",
    headers: Object.fromEntries(
      ITEM_COLUMNS.map((column) => [column, column.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`)]),
    ) as Record<(typeof ITEM_COLUMNS)[number], string>,
    categories: [{ code: "STAFF", label: "Staff costs" }],
    instructions: ["How to fill in"],
  });
  await workbook.xlsx.load(template as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  rows.forEach((row, index) => {
    row.forEach((value, column) => {
      sheet.getCell(index + 2, column + 1).value = value as ExcelJS.CellValue;
    });
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

beforeAll(async () => {
  consortium = await createConsortium();
  const { partnerA, project } = consortium;
  reportId = (await createPartnerReport(consortium, partnerA, project.partnerAId)).id;
  for (const month of [new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), 1))])
    await db.exchangeRate.upsert({
      where: { currency_month: { currency: "RON", month } },
      create: { currency: "RON", month, rate: "5" },
      update: { rate: "5" },
    });
});

describe("importing expenditure", () => {
  it("adds every line of a clean XLSX file in one go, converted and in the history", async () => {
    const { partnerA, project } = consortium;
    const file = await filledTemplate([
      ["Staff costs", "Project manager, March", "", "", new Date(Date.UTC(2026, 2, 31)), null, 2500.5, ""],
      ["Travel and accommodation", "Hotel in Sofia", "Hotel Rila", "F-17", "2026-04-02", "2026-04-10", 1000, "RON"],
    ]);
    const plan = await planExpenditureImport(partnerA, input(file));
    expect(plan.problems).toEqual([]);
    expect(plan.items.map((item) => [item.line, item.data.category, item.conversion.converted.toFixed(2)])).toEqual([
      [2, "STAFF", "2500.50"],
      [3, "TRAVEL_AND_ACCOMMODATION", "200.00"],
    ]);
    expect(await itemCount()).toBe(0);

    const done = await importExpenditureItems(partnerA, input(file));
    expect(done).toMatchObject({ count: 2, total: "2700.50" });
    const items = await db.expenditureItem.findMany({ where: { reportId }, orderBy: { invoiceDate: "asc" } });
    expect(items.map((item) => [item.description, item.amount.toFixed(2), item.currency])).toEqual([
      ["Project manager, March", "2500.50", "EUR"],
      ["Hotel in Sofia", "1000.00", "RON"],
    ]);
    // The same file again would count every invoice twice: each line is refused, and nothing is added.
    const again = await planExpenditureImport(partnerA, input(file));
    expect(again.problems.map((problem) => [problem.line, problem.message])).toEqual([
      [2, "itemAlreadyInReport"],
      [3, "itemAlreadyInReport"],
    ]);
    expect(
      await db.auditEvent.count({
        where: { action: "expenditure.create", entityId: { in: items.map((item) => item.id) }, projectId: project.id },
      }),
    ).toBe(2);
    await db.expenditureItem.deleteMany({ where: { reportId } });
  });

  it("reads a semicolon CSV with Romanian headers and day-first dates", async () => {
    const file = csv(
      "\ufeffCategoria de cost;Descriere;Data facturii;Suma;Moneda\n" +
        "Cheltuieli de personal;Salariu;10.03.2026;1.234,56;EUR\n",
    );
    const plan = await planExpenditureImport(consortium.partnerA, input(file));
    expect(plan.problems).toEqual([]);
    expect(plan.items[0]!.data).toMatchObject({ category: "STAFF", amount: "1234.56" });
    expect(plan.items[0]!.data.invoiceDate).toEqual(new Date("2026-03-10T00:00:00Z"));
  });

  it("lists every problem by line and column, and a file with any problem adds nothing", async () => {
    const file = csv(
      [
        "Cost category,Description,Invoice date,Amount,Currency",
        "STAFF,Good line,2026-03-02,100.00,EUR",
        "Catering,Lunch,2026-03-02,-5,EUR",
        "STAFF,,2019-01-01,12.345,XYZ",
        "STAFF,Denars,2026-03-02,100,MKD",
      ].join("\n"),
    );
    const plan = await planExpenditureImport(consortium.partnerA, input(file));
    expect(
      plan.problems.map((problem) => [problem.line, problem.column, String(problem.message).split(" ")[0]]),
    ).toEqual([
      [3, "category", "unknownCostCategory"],
      [3, "amount", "enterAmount"],
      [4, "description", "enterField"],
      [4, "amount", "enterAmount"],
      [4, "currency", "chooseCurrency"],
      [5, "currency", "exchangeRateMissing"],
    ]);
    await expect(importExpenditureItems(consortium.partnerA, input(file))).rejects.toThrow(AppError);
    expect(await itemCount()).toBe(0);
  });

  it("says which required column the header lacks", async () => {
    const plan = await planExpenditureImport(consortium.partnerA, input(csv("Description,Amount\nHotel,10\n")));
    expect(plan.problems.map((problem) => [problem.line, problem.column])).toEqual([
      [1, "category"],
      [1, "invoiceDate"],
    ]);
  });

  it("refuses anyone but the report's own partner, and adds nothing", async () => {
    const file = csv("Cost category,Description,Invoice date,Amount\nSTAFF,Salary,2026-03-02,100\n");
    for (const user of [consortium.partnerB, consortium.lead, consortium.viewer, consortium.coordinator])
      await expect(importExpenditureItems(user, input(file))).rejects.toThrow(AppError);
    expect(await itemCount()).toBe(0);
  });
});

describe("importing exchange rates", () => {
  const rateInput = (text: string, month = "") =>
    ZImportExchangeRatesInput.parse({ file: Buffer.from(text).toString("base64"), month });

  it("imports InforEuro's monthly file for the chosen month, once per currency, the euro left out", async () => {
    const file = [
      "Country;Currency;ISO A3 code;Value",
      "Romania;Romanian leu;RON;4,9761",
      "Austria;Euro;EUR;1",
      "United States;US dollar;USD;1,0825",
      "Ecuador;US dollar;USD;1,0825",
    ].join("\n");
    const plan = await planRateImport(consortium.coordinator, rateInput(file, "2031-05"));
    expect(plan.problems).toEqual([]);
    expect(plan.rates.map((rate) => [rate.currency, rate.rate, rate.current])).toEqual([
      ["RON", "4.9761", null],
      ["USD", "1.0825", null],
    ]);
    await expect(importRates(consortium.coordinator, rateInput(file, "2031-05"))).resolves.toMatchObject({ count: 2 });
    const held = await db.exchangeRate.findMany({ where: { month: new Date("2031-05-01T00:00:00Z") } });
    expect(held.map((rate) => [rate.currency, rate.rate.toFixed(4)]).sort()).toEqual([
      ["RON", "4.9761"],
      ["USD", "1.0825"],
    ]);
  });

  it("lists a plain file's problems by line and imports none of it", async () => {
    const file = "month,currency,rate\n2031-06,RON,4.97\n2031-13,RON,4.98\n2031-06,HUF,zero\n";
    const plan = await planRateImport(consortium.admin, rateInput(file));
    expect(plan.problems.map((problem) => [problem.line, problem.column])).toEqual([
      [3, "month"],
      [4, "rate"],
    ]);
    await expect(importRates(consortium.admin, rateInput(file))).rejects.toThrow(AppError);
    expect(await db.exchangeRate.count({ where: { month: new Date("2031-06-01T00:00:00Z") } })).toBe(0);
  });

  it("is for administrators and coordinators only", async () => {
    const file = "month,currency,rate\n2031-07,RON,4.97\n";
    for (const user of [consortium.lead, consortium.partnerA, consortium.viewer])
      await expect(importRates(user, rateInput(file))).rejects.toThrow(AppError);
    expect(await db.exchangeRate.count({ where: { month: new Date("2031-07-01T00:00:00Z") } })).toBe(0);
  });
});
