/**
 * Every write loads its record through the project named in the request before any other check: the id of
 * another project's record is "not found", says nothing about that record, changes nothing and is audited
 * as a refusal, even for someone who may write to their own project.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db, demoUser, seedDemo } from "@/test/db";
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

const OWN = "demo-proj-danube-ict";
const FOREIGN = "demo-proj-smart-bridge";

type Case = [name: string, account: string, call: () => Promise<ActionResult<unknown>>];

const cases: Case[] = [
  [
    "saveWorkPackageAction",
    "lead@demo.test",
    () =>
      // M1–M1 would make the foreign work package's deliverables "outside" it: the old order told which.
      saveWorkPackageAction({
        projectId: OWN,
        id: `${FOREIGN}-wp1`,
        number: 9,
        title: "Probe",
        startMonth: 1,
        endMonth: 1,
      }),
  ],
  [
    "saveReportingPeriodAction",
    "lead@demo.test",
    () => saveReportingPeriodAction({ projectId: OWN, id: `${FOREIGN}-p1`, startMonth: 1, endMonth: 1 }),
  ],
  [
    "saveDeliverableAction",
    "lead@demo.test",
    async () =>
      saveDeliverableAction({
        projectId: OWN,
        id: `${FOREIGN}-d1-1`,
        workPackageId: `${OWN}-wp1`,
        number: "D1.1",
        title: "Probe",
        responsiblePartnerId: `${OWN}-pp1`,
        type: "R",
        dissemination: "PU",
        dueMonth: 1,
      }),
  ],
  [
    "saveMilestoneAction",
    "lead@demo.test",
    () => saveMilestoneAction({ projectId: OWN, id: `${FOREIGN}-ms1`, number: 1, title: "Probe", dueMonth: 1 }),
  ],
  [
    "savePaymentAction",
    "coordinator@demo.test",
    () =>
      savePaymentAction({
        projectId: OWN,
        id: `${FOREIGN}-pay1`,
        kind: "INTERIM",
        plannedDate: "2016-06-30",
        plannedAmount: "1",
      }),
  ],
  [
    "savePartnerAction",
    "coordinator@demo.test",
    async () =>
      savePartnerAction({
        projectId: OWN,
        id: `${FOREIGN}-pp1`,
        organisationId: "demo-org-cluj",
        role: "PARTNER",
        budgetAmount: "1",
      }),
  ],
];

beforeAll(seedDemo);

describe.each(cases)("%s with another project's record", (name, account, call) => {
  it("answers not found, tells nothing of it, changes nothing and records the refusal", async () => {
    const user = await demoUser(account);
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
