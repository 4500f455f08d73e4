/**
 * Every write loads its record through the project named in the request before any other check: the id of
 * another project's record is "not found", says nothing about that record, changes nothing and is audited
 * as a refusal, even for someone who may write to their own project.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/test/db";
import { createConsortium, createDeliverable, createMilestone, createPayment, type Consortium } from "@/test/factories";
import { snapshotDatabase } from "@/test/db-snapshot";
import { sessionMock, signInForTest } from "@/test/session-mock";
import { savePaymentAction } from "@/lib/actions/payments";
import { savePartnerAction } from "@/lib/actions/partners";
import { saveDeliverableAction } from "@/lib/actions/deliverables";
import { saveMilestoneAction } from "@/lib/actions/milestones";
import { saveReportingPeriodAction } from "@/lib/actions/reporting-periods";
import { saveWorkPackageAction } from "@/lib/actions/work-packages";
import type { ActionResult } from "@/lib/actions/result";

vi.mock("@/lib/auth/session", () => sessionMock);

let own: Consortium;
/** Another project's records, by kind. */
const foreign = { workPackage: "", period: "", deliverable: "", milestone: "", payment: "", partner: "" };

type Case = [name: string, account: "lead" | "coordinator", call: () => Promise<ActionResult<unknown>>];

const cases: Case[] = [
  [
    "saveWorkPackageAction",
    "lead",
    () =>
      // M1–M1 would make the foreign work package's deliverables "outside" it: the old order told which.
      saveWorkPackageAction({
        projectId: own.project.id,
        id: foreign.workPackage,
        number: 9,
        title: "Probe",
        startMonth: 1,
        endMonth: 1,
      }),
  ],
  [
    "saveReportingPeriodAction",
    "lead",
    () => saveReportingPeriodAction({ projectId: own.project.id, id: foreign.period, startMonth: 1, endMonth: 1 }),
  ],
  [
    "saveDeliverableAction",
    "lead",
    async () =>
      saveDeliverableAction({
        projectId: own.project.id,
        id: foreign.deliverable,
        workPackageId: own.project.workPackageId,
        number: "D1.1",
        title: "Probe",
        responsiblePartnerId: own.project.leadPartnerId,
        type: "R",
        dissemination: "PU",
        dueMonth: 1,
      }),
  ],
  [
    "saveMilestoneAction",
    "lead",
    () =>
      saveMilestoneAction({ projectId: own.project.id, id: foreign.milestone, number: 1, title: "Probe", dueMonth: 1 }),
  ],
  [
    "savePaymentAction",
    "coordinator",
    () =>
      savePaymentAction({
        projectId: own.project.id,
        id: foreign.payment,
        kind: "INTERIM",
        plannedDate: "2016-06-30",
        plannedAmount: "1",
      }),
  ],
  [
    "savePartnerAction",
    "coordinator",
    async () =>
      savePartnerAction({
        projectId: own.project.id,
        id: foreign.partner,
        organisationId: own.organisations.partnerA.id,
        role: "PARTNER",
        budgetAmount: "1",
      }),
  ],
];

beforeAll(async () => {
  let other: Consortium;
  [own, other] = await Promise.all([createConsortium(), createConsortium({ acronym: "SMART-BRIDGE" })]);
  const { project } = other;
  Object.assign(foreign, {
    workPackage: project.workPackageId,
    period: project.periodIds[0],
    deliverable: (await createDeliverable(other, { number: "D1.1", responsiblePartnerId: project.partnerAId })).id,
    milestone: (await createMilestone(other, { number: 1 })).id,
    payment: (await createPayment(other, { plannedDate: "2026-06-30", amount: "1000" })).id,
    partner: project.leadPartnerId,
  });
});

describe.each(cases)("%s with another project's record", (name, account, call) => {
  it("answers not found, tells nothing of it, changes nothing and records the refusal", async () => {
    const user = own[account];
    signInForTest(user);
    const before = await snapshotDatabase();
    const refusalsBefore = await db.auditEvent.count({ where: { allowed: false } });

    const result = await call();

    expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const answer = JSON.stringify(result);
    expect(answer).not.toMatch(/SMART|D\d\.\d|M\d+|P\d|MS\d|WP\d/);
    expect(await snapshotDatabase()).toEqual(before);
    const refusals = await db.auditEvent.findMany({ where: { allowed: false }, orderBy: { createdAt: "asc" } });
    expect(refusals).toHaveLength(refusalsBefore + 1);
    expect(refusals.at(-1)).toMatchObject({ actorId: user.id, action: `${name}.refused` });
  });
});
