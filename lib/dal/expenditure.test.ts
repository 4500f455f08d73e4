/**
 * A partner's expenditure against a real database: conversion fixed at submission under both rules, the refusals
 * that save nothing (missing rate, dates outside the project, a flat-rate category), the flat rate, the lead's
 * deductions fixed at acceptance, and the budget fed by the items.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/test/db";
import {
  createBudgetLine,
  createConsortium,
  createExpenditureItem,
  createPartnerReport,
  type Consortium,
} from "@/test/factories";
import { ZAcceptExpenditureInput, ZSaveExpenditureItemInput } from "@/lib/validation/expenditure";
import { monthOf } from "@/lib/finance/conversion";
import { getProjectBudget } from "./budget";
import { acceptExpenditure, getReportFinance, saveExpenditureItem } from "./expenditure";
import { changeReportStatus, submitReport } from "./partner-reports";

let consortium: Consortium;
const RON = "4.9761";

/** A RON rate for every month from the project's start to the month after now (submission uses today's month). */
async function seedRates(rateOf: (month: Date) => string) {
  const months: Date[] = [];
  for (let month = new Date(Date.UTC(2026, 0, 1)); month <= monthOf(new Date(Date.now() + 40 * 864e5));) {
    months.push(month);
    month = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1));
  }
  for (const month of months)
    await db.exchangeRate.upsert({
      where: { currency_month: { currency: "RON", month } },
      create: { currency: "RON", month, rate: rateOf(month) },
      update: { rate: rateOf(month) },
    });
}

const item = (reportId: string, fields: Partial<Record<string, string>> = {}) =>
  ZSaveExpenditureItemInput.parse({
    projectId: consortium.project.id,
    reportId,
    category: "STAFF",
    description: "Salary of the project manager",
    invoiceDate: "2026-03-10",
    amount: "1000.00",
    currency: "EUR",
    ...fields,
  });

beforeAll(async () => {
  consortium = await createConsortium();
  await seedRates(() => RON);
});

describe("a partner's expenditure", () => {
  it("converts at the submission month's rate, fixed when the report is submitted", async () => {
    const { partnerA, project } = consortium;
    const report = await createPartnerReport(consortium, partnerA, project.partnerAId);
    await saveExpenditureItem(partnerA, item(report.id));
    await saveExpenditureItem(partnerA, item(report.id, { amount: "1000.00", currency: "RON", description: "Hotel" }));

    const draft = (await getReportFinance(partnerA, project.id, report.id))!;
    const hotel = draft.items.find((row) => row.description === "Hotel")!;
    expect(hotel.isProvisional).toBe(true);
    expect(hotel.conversion).toMatchObject({ isAverage: false });
    expect(draft.total.toFixed(2)).toBe("1200.96");

    await submitReport(partnerA, { projectId: project.id, reportId: report.id, summary: "Done." }).catch(() => null);
    // A report needs a document to be submitted: the item alone does not make it one.
    expect((await db.partnerReport.findUniqueOrThrow({ where: { id: report.id } })).status).toBe("DRAFT");
    const { uploadFile } = await import("@/test/factories");
    await uploadFile(partnerA, { kind: "report", id: report.id });
    await submitReport(partnerA, { projectId: project.id, reportId: report.id, summary: "Done." });

    const stored = await db.expenditureItem.findFirstOrThrow({ where: { reportId: report.id, currency: "RON" } });
    expect(stored.exchangeRate?.toFixed(4)).toBe(RON);
    expect(stored.rateMonth).toEqual(monthOf(new Date()));
    expect(stored.convertedAmount?.toFixed(2)).toBe("200.96");
    // A later correction of the month's rate does not move a submitted report.
    await seedRates(() => "5.5");
    const sent = (await getReportFinance(partnerA, project.id, report.id))!;
    expect(sent.items.find((row) => row.currency === "RON")!.conversion).toMatchObject({ isAverage: false });
    expect(sent.total.toFixed(2)).toBe("1200.96");
    await seedRates(() => RON);
  });

  it("averages the period's rates where the programme says so", async () => {
    const { partnerB, project } = consortium;
    await db.fundingProgramme.update({
      where: { id: project.programmeId },
      data: { exchangeRateRule: "PERIOD_AVERAGE" },
    });
    await seedRates((month) => (month.getUTCMonth() < 3 ? "5.0000" : "4.0000"));
    try {
      const report = await createPartnerReport(consortium, partnerB, project.partnerBId);
      await saveExpenditureItem(partnerB, item(report.id, { amount: "900.00", currency: "RON" }));
      const { uploadFile } = await import("@/test/factories");
      await uploadFile(partnerB, { kind: "report", id: report.id });
      await submitReport(partnerB, { projectId: project.id, reportId: report.id, summary: null });
      const stored = await db.expenditureItem.findFirstOrThrow({ where: { reportId: report.id } });
      // P1 is M1–M12, 2026: three months at 5 and nine at 4 average 4.25; 900 / 4.25 = 211.7647 → 211.76.
      expect(stored.exchangeRate?.toFixed(4)).toBe("4.2500");
      expect(stored.rateIsAverage).toBe(true);
      expect(stored.convertedAmount?.toFixed(2)).toBe("211.76");
    } finally {
      await db.fundingProgramme.update({
        where: { id: project.programmeId },
        data: { exchangeRateRule: "SUBMISSION_MONTH" },
      });
      await seedRates(() => RON);
    }
  });

  it("refuses, saving nothing, a missing rate, an invoice outside the project and a flat-rate category", async () => {
    const { partnerA, project } = consortium;
    const report = await createPartnerReport(consortium, partnerA, project.partnerAId, {
      periodId: project.periodIds[1],
    });
    const count = () => db.expenditureItem.count({ where: { reportId: report.id } });
    await expect(saveExpenditureItem(partnerA, item(report.id, { currency: "HUF" }))).rejects.toMatchObject({
      code: "VALIDATION",
      fieldErrors: { currency: [{ key: "exchangeRateMissing", values: { currency: "HUF" } }] },
    });
    await expect(saveExpenditureItem(partnerA, item(report.id, { invoiceDate: "2025-12-31" }))).rejects.toMatchObject({
      fieldErrors: { invoiceDate: [{ key: "invoiceDateOutsideProject" }] },
    });
    await db.project.update({ where: { id: project.id }, data: { officeFlatRatePercent: "15" } });
    try {
      await expect(
        saveExpenditureItem(partnerA, item(report.id, { category: "OFFICE_AND_ADMINISTRATION" })),
      ).rejects.toMatchObject({ fieldErrors: { category: [{ key: "categoryIsFlatRate" }] } });
      expect(await count()).toBe(0);

      // The flat rate: 15 % of the staff costs, computed.
      await saveExpenditureItem(partnerA, item(report.id, { amount: "1000.10" }));
      const finance = (await getReportFinance(partnerA, project.id, report.id))!;
      const office = finance.categories.find((row) => row.category === "OFFICE_AND_ADMINISTRATION");
      expect(office).toMatchObject({ isFlatRate: true });
      expect(office!.declared.toFixed(2)).toBe("150.02");
      expect(finance.total.toFixed(2)).toBe("1150.12");
    } finally {
      await db.project.update({ where: { id: project.id }, data: { officeFlatRatePercent: null } });
    }
    for (const bad of [{ amount: "0" }, { amount: "-5" }, { amount: "1.234" }, { amount: "1000000000000.01" }]) {
      expect(
        ZSaveExpenditureItemInput.safeParse({ ...item(report.id), ...bad, invoiceDate: "2026-03-10" }).success,
      ).toBe(false);
    }
    expect(
      ZSaveExpenditureItemInput.safeParse({ ...item(report.id), invoiceDate: "2026-03-10", currency: "XYZ" }).success,
    ).toBe(false);
  });

  it("shows a partner's items to its own people and the lead only", async () => {
    const { partnerA, partnerB, viewer, lead, coordinator, project } = consortium;
    const report = await db.partnerReport.findFirstOrThrow({ where: { partnerId: project.partnerAId } });
    expect(await getReportFinance(partnerB, project.id, report.id)).toBeNull();
    expect(await getReportFinance(viewer, project.id, report.id)).toBeNull();
    for (const reader of [partnerA, lead, coordinator])
      expect((await getReportFinance(reader, project.id, report.id))!.items.length).toBeGreaterThan(0);
  });
});

describe("the lead's check", () => {
  it("deducts with a reason, fixes the accepted amounts at acceptance, and feeds the budget", async () => {
    const { partnerA, lead, project } = consortium;
    const report = await db.partnerReport.findFirstOrThrow({
      where: { partnerId: project.partnerAId, status: "SUBMITTED" },
    });
    await createBudgetLine(consortium, { partnerId: project.partnerAId, periodId: report.periodId, amount: "1500" });
    const [salary, hotel] = await db.expenditureItem.findMany({
      where: { reportId: report.id },
      orderBy: { currency: "asc" },
    });
    const check = (fields: Record<string, unknown>) =>
      ZAcceptExpenditureInput.parse({ projectId: project.id, id: hotel!.id, version: hotel!.version, ...fields });

    await expect(acceptExpenditure(lead, check({ acceptedAmount: "150.00" }))).rejects.toMatchObject({
      fieldErrors: { deductionReason: [{ key: "deductionNeedsReason" }] },
    });
    await expect(
      acceptExpenditure(lead, check({ acceptedAmount: "300.00", deductionReason: "x" })),
    ).rejects.toMatchObject({
      fieldErrors: { acceptedAmount: [{ key: "acceptedAboveDeclared" }] },
    });
    await expect(
      acceptExpenditure(partnerA, check({ acceptedAmount: "150.00", deductionReason: "x" })),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await acceptExpenditure(lead, check({ acceptedAmount: "150.00", deductionReason: "One night was private." }));
    await changeReportStatus(lead, { projectId: project.id, reportId: report.id, toStatus: "ACCEPTED", comment: null });

    const items = await db.expenditureItem.findMany({ where: { reportId: report.id }, orderBy: { currency: "asc" } });
    expect(items.map((row) => row.acceptedAmount?.toFixed(2))).toEqual(["1000.00", "150.00"]);
    expect(items[1]!.deductionReason).toBe("One night was private.");
    expect(salary!.currency).toBe("EUR");
    // Fixed once accepted.
    await expect(
      acceptExpenditure(
        lead,
        ZAcceptExpenditureInput.parse({
          projectId: project.id,
          id: items[1]!.id,
          version: items[1]!.version,
          acceptedAmount: "100",
          deductionReason: "y",
        }),
      ),
    ).rejects.toMatchObject({ code: "CONFLICT" });

    const budget = await getProjectBudget(consortium.coordinator, project.id);
    // Declared: partner A's accepted report (1200.96) and partner B's submitted one (211.76).
    expect(budget.declaredTotal.toFixed(2)).toBe("1412.72");
    expect(budget.acceptedTotal.toFixed(2)).toBe("1150.00");
    const partner = budget.partners.find((row) => row.id === project.partnerAId)!;
    // The budget counts the accepted amount of an accepted report, and the declared one of a submitted report.
    expect(partner.spendTotal.toFixed(2)).toBe("1150.00");
  });
});

describe("the budget's spend", () => {
  it("adds up exact cents even where a category holds only fractional amounts", async () => {
    // SQLite's SUM over decimals, read through the driver adapter, comes back as a whole number in a result whose
    // first sum is whole (195.93 read as 195): spend is summed in exact decimals instead.
    const own = await createConsortium();
    const { partnerA, project } = own;
    const report = await createPartnerReport(own, partnerA, project.partnerAId, { submitted: true });
    await createExpenditureItem(report.id, { category: "STAFF", amount: "1000.00" });
    await createExpenditureItem(report.id, { category: "TRAVEL_AND_ACCOMMODATION", amount: "195.93" });
    const budget = await getProjectBudget(own.coordinator, project.id);
    expect(budget.declaredTotal.toFixed(2)).toBe("1195.93");
  });
});

describe("a flat rate set after office items were declared", () => {
  it("counts the computed flat rate in their place, on the budget as on the report", async () => {
    const own = await createConsortium();
    const { partnerA, project } = own;
    const report = await createPartnerReport(own, partnerA, project.partnerAId, { submitted: true });
    await createExpenditureItem(report.id, { category: "STAFF", amount: "1000.00" });
    await createExpenditureItem(report.id, { category: "OFFICE_AND_ADMINISTRATION", amount: "400.00" });
    await db.project.update({ where: { id: project.id }, data: { officeFlatRatePercent: "15" } });
    const finance = (await getReportFinance(own.coordinator, project.id, report.id))!;
    const budget = await getProjectBudget(own.coordinator, project.id);
    expect(finance.total.toFixed(2)).toBe("1150.00");
    expect(budget.declaredTotal.toFixed(2)).toBe("1150.00");
  });
});
