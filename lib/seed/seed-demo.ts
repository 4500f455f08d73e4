import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import type { CostCategory, DeliverableStatus } from "@/generated/prisma/enums";
import { hashPassword } from "@/lib/auth/password";
import { convert, monthOf, type Conversion } from "@/lib/finance/conversion";
import { addDays, projectMonthEnd, projectMonthStart } from "@/lib/format/project-months";
import { STEPS_FROM_PENDING } from "@/lib/workflow/deliverable-status";
import {
  DEMO_COMPETENCES,
  DEMO_NETWORK,
  DEMO_PROFILES,
  DEMO_ORGANISATIONS,
  DEMO_PASSWORD,
  DEMO_PROGRAMMES,
  DEMO_PROJECTS,
  DEMO_USERS,
  type DemoProject,
} from "./demo-data";
import { DEMO_RATE_CURRENCIES, demoRate, demoRateMonths, type DemoCurrency } from "./demo-rates";
import { normaliseOrganisationName } from "@/lib/format/organisation-name";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

const orgId = (key: string) => `demo-org-${key}`;
const cents = (euros: number) => Math.round(euros * 100);
const decimal = (amountInCents: number) => (amountInCents / 100).toFixed(2);

/** Loads (or restores) the demonstration data set. Safe to run again: every row is upserted by a fixed id. */
export async function seedDemoData(db: PrismaClient): Promise<void> {
  // Hashing is slow on purpose: do it before the transaction, which holds SQLite's write lock.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.$transaction(
    async (tx) => {
      await seedOrganisations(tx);
      await seedProgrammes(tx);
      await seedExchangeRates(tx);
      for (const project of DEMO_PROJECTS) await seedProject(tx, project);
      await seedUsers(tx, passwordHash);
      for (const project of DEMO_PROJECTS) await seedStatusHistory(tx, project);
    },
    { timeout: 60_000 },
  );
}

/** Demo rates are replaced whole on each run; rates entered by people (not demo) are left alone. */
async function seedExchangeRates(tx: Tx) {
  await tx.exchangeRate.deleteMany({ where: { isDemo: true } });
  const entered = await tx.exchangeRate.findMany({ select: { currency: true, month: true } });
  const taken = new Set(entered.map((rate) => `${rate.currency}:${rate.month.toISOString()}`));
  await tx.exchangeRate.createMany({
    data: demoRateMonths(new Date()).flatMap((month) =>
      (Object.keys(DEMO_RATE_CURRENCIES) as DemoCurrency[])
        .filter((currency) => !taken.has(`${currency}:${month.toISOString()}`))
        .map((currency) => ({ currency, month, rate: demoRate(currency, month), isDemo: true })),
    ),
  });
}

/** The currency a partner outside the euro area declares in, in the demo data. */
const LOCAL_CURRENCY: Record<string, DemoCurrency> = { RS: "RSD", TR: "TRY" };
const SUPPLIERS: Record<CostCategory, string> = {
  STAFF: "",
  OFFICE_AND_ADMINISTRATION: "Office Services",
  TRAVEL_AND_ACCOMMODATION: "Travel Agency",
  EXTERNAL_EXPERTISE: "Consulting",
  EQUIPMENT: "IT Supplies",
  INFRASTRUCTURE: "Construction",
};
const ITEM_DESCRIPTIONS: Record<CostCategory, [string, string]> = {
  STAFF: ["Project manager, salary of the period", "ICT expert, part-time salary"],
  OFFICE_AND_ADMINISTRATION: ["Office rent, share of the project", "Telephone, internet and postage"],
  TRAVEL_AND_ACCOMMODATION: ["Flights to the partner meeting", "Hotel nights at the partner meeting"],
  EXTERNAL_EXPERTISE: ["Competence mapping survey", "Translation of the study"],
  EQUIPMENT: ["Laptop for the project team", "Video conferencing kit"],
  INFRASTRUCTURE: ["Meeting room fit-out", "Network cabling"],
};

async function seedOrganisations(tx: Tx) {
  for (const { id, networkMember, ...organisation } of DEMO_ORGANISATIONS) {
    const data = { ...organisation, normalisedName: normaliseOrganisationName(organisation.name) };
    await tx.organisation.upsert({ where: { id }, create: { id, ...data }, update: data });
  }
  const { id, ...network } = DEMO_NETWORK;
  await tx.network.upsert({ where: { id }, create: { id, ...network }, update: network });
  for (const competence of DEMO_COMPETENCES) {
    await tx.competence.upsert({ where: { id: competence.id }, create: competence, update: competence });
  }
  for (const organisation of DEMO_ORGANISATIONS.filter((candidate) => candidate.networkMember)) {
    const { competences, joinedOn, ...profile } = DEMO_PROFILES[organisation.id]!;
    await tx.networkMembership.upsert({
      where: { networkId_organisationId: { networkId: id, organisationId: organisation.id } },
      create: { networkId: id, organisationId: organisation.id, joinedOn },
      update: { joinedOn, status: "ACTIVE", leftOn: null },
    });
    await tx.organisation.update({ where: { id: organisation.id }, data: profile });
    // The seed runs again over its own data: the profile is replaced, not added to.
    await tx.organisationCompetence.deleteMany({ where: { organisationId: organisation.id } });
    await tx.organisationCompetence.createMany({
      data: competences.map((key) => ({ organisationId: organisation.id, competenceId: `demo-comp-${key}` })),
    });
  }
}

async function seedProgrammes(tx: Tx) {
  for (const { id, calls, ...programme } of DEMO_PROGRAMMES) {
    await tx.fundingProgramme.upsert({ where: { id }, create: { id, ...programme }, update: programme });
    for (const { id: callId, ...call } of calls) {
      const data = { ...call, programmeId: id };
      await tx.call.upsert({ where: { id: callId }, create: { id: callId, ...data }, update: data });
    }
  }
}

/** Amounts are planned in whole euros per partner, period and category; the lead plans half as much again. */
function plannedAmount(project: DemoProject, partnerIndex: number, category: CostCategory): number {
  const partner = project.partners[partnerIndex]!;
  if (partner.role === "ASSOCIATED") return 0;
  const base = project.budgetPerPeriod[category] ?? 0;
  const factor = partner.role === "LEAD_PARTNER" ? 1.5 : 1 - (partnerIndex % 3) * 0.1;
  return Math.round(base * factor);
}

async function seedProject(tx: Tx, project: DemoProject) {
  const periodCount = Math.ceil(project.durationMonths / project.periodMonths);
  const periods = Array.from({ length: periodCount }, (_, index) => ({
    id: `${project.id}-p${index + 1}`,
    number: index + 1,
    startMonth: index * project.periodMonths + 1,
    endMonth: Math.min((index + 1) * project.periodMonths, project.durationMonths),
  }));
  const partnerId = (key: string) => `${project.id}-pp${project.partners.findIndex((p) => p.organisation === key) + 1}`;
  const categories = Object.keys(project.budgetPerPeriod) as CostCategory[];

  // Budget in cents, so that every total is exact.
  const partnerBudgets = project.partners.map(
    (_, partnerIndex) =>
      categories.reduce((sum, category) => sum + cents(plannedAmount(project, partnerIndex, category)), 0) *
      periodCount,
  );
  const totalCost = partnerBudgets.reduce((sum, amount) => sum + amount, 0);
  const grant = Math.round(totalCost * Number(project.cofinancingRate));

  const projectData = {
    acronym: project.acronym,
    title: project.title,
    summary: project.summary,
    programmeId: project.programmeId,
    callId: project.callId,
    startDate: project.startDate,
    durationMonths: project.durationMonths,
    status: project.status,
    currency: "EUR",
    totalCost: decimal(totalCost),
    grantAmount: decimal(grant),
    cofinancingRate: project.cofinancingRate,
    grantAgreementNumber: project.grantAgreementNumber,
    isDemo: project.isDemo,
    archivedAt: null,
  };
  await tx.project.upsert({
    where: { id: project.id },
    create: { id: project.id, ...projectData },
    update: projectData,
  });

  for (const [index, partner] of project.partners.entries()) {
    const id = `${project.id}-pp${index + 1}`;
    const data = {
      projectId: project.id,
      organisationId: orgId(partner.organisation),
      role: partner.role,
      partnerNumber: index + 1,
      budgetAmount: decimal(partnerBudgets[index]!),
    };
    await tx.projectPartner.upsert({ where: { id }, create: { id, ...data }, update: data });
  }

  for (const { id, ...period } of periods) {
    const data = { ...period, projectId: project.id };
    await tx.reportingPeriod.upsert({ where: { id }, create: { id, ...data }, update: data });
    const deadline = {
      projectId: project.id,
      periodId: id,
      type: "BOTH" as const,
      dueDate: addDays(projectMonthEnd(project.startDate, period.endMonth), 60),
    };
    await tx.reportDeadline.upsert({
      where: { id: `${id}-deadline` },
      create: { id: `${id}-deadline`, ...deadline },
      update: deadline,
    });
  }

  for (const workPackage of project.workPackages) {
    const id = `${project.id}-wp${workPackage.number}`;
    const data = {
      projectId: project.id,
      number: workPackage.number,
      title: workPackage.title,
      leadPartnerId: partnerId(workPackage.lead),
      startMonth: workPackage.startMonth,
      endMonth: workPackage.endMonth,
      archivedAt: null,
    };
    await tx.workPackage.upsert({ where: { id }, create: { id, ...data }, update: data });
  }

  for (const [number, title, responsible, type, dueMonth, status] of project.deliverables) {
    const id = `${project.id}-${number.toLowerCase().replace(".", "-")}`;
    const dueDate = projectMonthEnd(project.startDate, dueMonth);
    const wasSubmitted = status === "SUBMITTED" || status === "APPROVED";
    const data = {
      projectId: project.id,
      workPackageId: `${project.id}-wp${number.slice(1).split(".")[0]}`,
      number,
      title,
      responsiblePartnerId: partnerId(responsible),
      type,
      dissemination: "PU" as const,
      dueMonth,
      status,
      submittedAt: wasSubmitted ? addDays(dueDate, -3) : null,
      approvedAt: status === "APPROVED" ? addDays(dueDate, 21) : null,
      lateJustification: null,
      version: 1,
    };
    await tx.deliverable.upsert({ where: { id }, create: { id, ...data }, update: data });
  }

  for (const [number, title, dueMonth, meansOfVerification, achieved] of project.milestones) {
    const id = `${project.id}-ms${number}`;
    const data = {
      projectId: project.id,
      number,
      title,
      dueMonth,
      meansOfVerification,
      achievedOn: achieved ? new Date(`${achieved}T00:00:00Z`) : null,
    };
    await tx.milestone.upsert({ where: { id }, create: { id, ...data }, update: data });
  }

  for (const [partnerIndex] of project.partners.entries()) {
    for (const period of periods) {
      for (const category of categories) {
        const amount = plannedAmount(project, partnerIndex, category);
        if (amount === 0) continue;
        const id = `${project.id}-pp${partnerIndex + 1}-p${period.number}-${category.toLowerCase()}`;
        const data = {
          projectId: project.id,
          partnerId: `${project.id}-pp${partnerIndex + 1}`,
          periodId: period.id,
          category,
          amount: decimal(cents(amount)),
        };
        await tx.budgetLine.upsert({ where: { id }, create: { id, ...data }, update: data });
      }
    }
  }

  let scheduled = 0;
  for (const [index, payment] of project.payments.entries()) {
    const id = `${project.id}-pay${index + 1}`;
    const isLast = index === project.payments.length - 1;
    // The last payment takes the remainder, so that the payments add up to the grant exactly.
    const amount = isLast ? grant - scheduled : Math.round(grant * payment.share);
    scheduled += amount;
    const data = {
      projectId: project.id,
      kind: payment.kind,
      periodId: payment.period ? `${project.id}-p${payment.period}` : null,
      plannedDate: new Date(`${payment.planned}T00:00:00Z`),
      plannedAmount: decimal(amount),
      receivedDate: payment.received ? new Date(`${payment.received}T00:00:00Z`) : null,
      receivedAmount: payment.received ? decimal(amount) : null,
    };
    await tx.payment.upsert({ where: { id }, create: { id, ...data }, update: data });
  }

  for (const report of project.reports) {
    const partnerIndex = project.partners.findIndex((partner) => partner.organisation === report.partner);
    const period = periods[report.period - 1]!;
    const id = `${project.id}-pp${partnerIndex + 1}-p${period.number}-report`;
    const periodEnd = projectMonthEnd(project.startDate, period.endMonth);
    const wasSubmitted = report.status !== "DRAFT";
    const data = {
      projectId: project.id,
      periodId: period.id,
      partnerId: `${project.id}-pp${partnerIndex + 1}`,
      status: report.status,
      summary: `Activities of ${report.partner === "cluj" ? "the lead partner" : "the partner"} in period ${period.number}.`,
      submittedAt: wasSubmitted ? addDays(periodEnd, 20) : null,
      reviewedAt: report.status === "ACCEPTED" || report.status === "RETURNED" ? addDays(periodEnd, 35) : null,
      reviewComment: report.comment ?? null,
      version: 1,
    };
    await tx.partnerReport.upsert({ where: { id }, create: { id, ...data }, update: data });
    // What a partner sent is itemised: two invoices per category, in its own currency in Serbia and Turkey.
    if (!data.submittedAt) continue;
    const organisation = DEMO_ORGANISATIONS.find((candidate) => candidate.id === orgId(report.partner))!;
    const currency = LOCAL_CURRENCY[organisation.country] ?? "EUR";
    const rateMonth = monthOf(data.submittedAt);
    for (const category of categories) {
      const planned = plannedAmount(project, partnerIndex, category);
      if (planned === 0) continue;
      const spent = Math.round(cents(planned) * report.spentShare);
      const shares = [Math.round(spent * 0.6), spent - Math.round(spent * 0.6)];
      for (const [index, share] of shares.entries()) {
        const itemId = `${id}-${category.toLowerCase()}-${index + 1}`;
        const invoiceDate = projectMonthStart(project.startDate, period.startMonth + index * 2);
        const amount =
          currency === "EUR" ? decimal(share) : ((share / 100) * Number(demoRate(currency, rateMonth))).toFixed(2);
        const conversion = convert(
          new Prisma.Decimal(amount),
          currency,
          "EUR",
          [rateMonth],
          (code, month) => new Prisma.Decimal(demoRate(code as DemoCurrency, month)),
        ) as Conversion;
        const item = {
          projectId: project.id,
          reportId: id,
          category,
          description: ITEM_DESCRIPTIONS[category][index]!,
          supplier: category === "STAFF" ? null : `${organisation.city} ${SUPPLIERS[category]}`,
          invoiceNumber: `${organisation.shortName}-${period.number}${index + 1}${category.length}`,
          invoiceDate,
          paymentDate: addDays(invoiceDate, 14),
          amount,
          currency,
          exchangeRate: currency === "EUR" ? null : conversion.rate,
          rateMonth: currency === "EUR" ? null : conversion.rateMonth,
          convertedAmount: conversion.converted,
          acceptedAmount: report.status === "ACCEPTED" ? conversion.converted : null,
          deductionReason: null,
          version: 1,
        };
        await tx.expenditureItem.upsert({ where: { id: itemId }, create: { id: itemId, ...item }, update: item });
      }
    }
  }
}

async function seedUsers(tx: Tx, passwordHash: string) {
  for (const user of DEMO_USERS) {
    const data = {
      name: user.name,
      role: user.role,
      organisationId: user.organisation ? orgId(user.organisation) : null,
      deactivatedAt: null,
    };
    const saved = await tx.user.upsert({
      where: { email: user.email },
      create: { email: user.email, passwordHash, ...data },
      update: { ...data, passwordHash },
    });
    for (const membership of user.memberships) {
      await tx.projectMembership.upsert({
        where: { userId_projectId: { userId: saved.id, projectId: membership.project } },
        create: { userId: saved.id, projectId: membership.project, role: membership.role },
        update: { role: membership.role },
      });
    }
  }
}

async function seedStatusHistory(tx: Tx, project: DemoProject) {
  const lead = await tx.projectMembership.findFirst({
    where: { projectId: project.id, role: "LEAD" },
    select: { userId: true },
  });
  for (const [number, , , , dueMonth, status] of project.deliverables) {
    const deliverableId = `${project.id}-${number.toLowerCase().replace(".", "-")}`;
    const dueDate = projectMonthEnd(project.startDate, dueMonth);
    let from: DeliverableStatus = "PENDING";
    for (const [index, to] of STEPS_FROM_PENDING[status].entries()) {
      const id = `${deliverableId}-step${index + 1}`;
      const data = {
        deliverableId,
        fromStatus: from,
        toStatus: to,
        comment: to === "REJECTED" ? "The country profiles miss the data for two countries." : null,
        actorId: lead?.userId ?? null,
        createdAt: addDays(dueDate, -40 + index * 12),
      };
      await tx.deliverableStatusChange.upsert({ where: { id }, create: { id, ...data }, update: data });
      from = to;
    }
  }
}
