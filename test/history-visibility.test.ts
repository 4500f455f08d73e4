/**
 * The project history, on the page and in its CSV export, shows each person only what the records
 * themselves would: no payments and no other partner's budget or reports for partners, none of them for
 * viewers, everything for those who read funding.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/test/db";
import { createBudgetLine, createConsortium, createPartnerReport, type Consortium } from "@/test/factories";
import type { SessionUser } from "@/lib/access/permissions";
import { sessionMock, signInForTest } from "@/test/session-mock";
import { saveBudgetLineAction } from "@/lib/actions/budget";
import { savePaymentAction } from "@/lib/actions/payments";
import { changeReportStatusAction } from "@/lib/actions/partner-reports";
import { createProjectAction } from "@/lib/actions/projects";
import { savePartnerAction } from "@/lib/actions/partners";
import { findProjectHistory } from "@/lib/dal/history";
import { describeAuditEvent } from "@/lib/format/audit";
import { validProjectInput } from "@/test/fixtures/project-input";

vi.mock("@/lib/auth/session", () => sessionMock);

const { GET: exportHistory } = await import("@/app/(app)/projects/[projectId]/history/export/route");

let consortium: Consortium;
let PROJECT: string;

/** Values only funding readers may see, and one the partner may see (its own budget line). */
const SECRETS = {
  otherLine: "4321.98",
  payment: "98765.43",
  paymentNote: "confidential-payment-note",
  otherShare: "55555.55",
  review: "secret-review-comment",
};
const OWN_LINE = "1234.56";

async function historyCsv(user: SessionUser): Promise<string> {
  signInForTest(user);
  const response = await exportHistory(new Request(`http://localhost/projects/${PROJECT}/history/export`), {
    params: Promise.resolve({ projectId: PROJECT }),
  });
  expect(response.status).toBe(200);
  return response.text();
}

async function historyPage(user: SessionUser): Promise<string> {
  const history = await findProjectHistory(user, PROJECT, { page: 1 });
  return JSON.stringify(history.events) + JSON.stringify(history.actors);
}

beforeAll(async () => {
  consortium = await createConsortium();
  const { project, partnerB } = consortium;
  PROJECT = project.id;
  // Partner A is the partner whose view is tested; partner B is the other one.
  const periodId = project.periodIds[0];
  await createBudgetLine(consortium, { partnerId: project.partnerAId, periodId, amount: "1000" });
  await createBudgetLine(consortium, { partnerId: project.partnerBId, periodId, amount: "1000" });
  const line = (partnerId: string) => db.budgetLine.findFirstOrThrow({ where: { partnerId, category: "STAFF" } });
  const [ownLine, otherLine] = [await line(project.partnerAId), await line(project.partnerBId)];
  const other = await db.projectPartner.findUniqueOrThrow({ where: { id: project.partnerBId } });
  const submitted = await createPartnerReport(consortium, partnerB, project.partnerBId, { submitted: true });

  signInForTest(consortium.lead);
  const results = [
    await saveBudgetLineAction({ ...ownLine, projectId: PROJECT, amount: OWN_LINE }),
    await saveBudgetLineAction({ ...otherLine, projectId: PROJECT, amount: SECRETS.otherLine }),
    await savePaymentAction({
      projectId: PROJECT,
      kind: "INTERIM",
      plannedDate: "2017-05-01",
      plannedAmount: SECRETS.payment,
      note: SECRETS.paymentNote,
    }),
    await savePartnerAction({
      projectId: PROJECT,
      id: other.id,
      organisationId: other.organisationId,
      role: other.role,
      budgetAmount: SECRETS.otherShare,
    }),
    await changeReportStatusAction({
      projectId: PROJECT,
      reportId: submitted.id,
      toStatus: "RETURNED",
      comment: SECRETS.review,
    }),
  ];
  for (const result of results) expect(result).toMatchObject({ ok: true });
});

describe("the history of a new project", () => {
  it("does not show a partner the other partners' budget shares listed at its creation", async () => {
    const partner = consortium.partnerA;
    signInForTest(consortium.coordinator);
    const created = await createProjectAction({
      ...validProjectInput({
        programmeId: consortium.project.programmeId,
        organisationId: consortium.organisations.lead.id,
      }),
      acronym: "SHARES",
      partners: [
        { organisationId: consortium.organisations.lead.id, role: "LEAD_PARTNER", budgetAmount: "77777.77" },
        { organisationId: partner.organisationId!, role: "PARTNER", budgetAmount: "22222.22" },
      ],
    } as never);
    expect(created).toMatchObject({ ok: true });
    const projectId = (created as { data: { id: string } }).data.id;
    signInForTest(partner);
    const csv = await (
      await exportHistory(new Request(`http://localhost/projects/${projectId}/history/export`), {
        params: Promise.resolve({ projectId }),
      })
    ).text();
    expect(csv).toContain("project.create");
    expect(csv).not.toContain("77777.77");
    expect(csv).not.toContain("22222.22");
  });
});

describe("the project history", () => {
  it("gives those who read funding every value, on the page and in the CSV", async () => {
    for (const user of [consortium.lead, consortium.coordinator]) {
      const csv = await historyCsv(user);
      const page = await historyPage(user);
      for (const value of [...Object.values(SECRETS), OWN_LINE]) {
        expect(csv).toContain(value);
        expect(page).toContain(value);
      }
    }
  });

  it("gives a partner its own organisation's budget, and no payments, other shares or other reports", async () => {
    const csv = await historyCsv(consortium.partnerA);
    const page = await historyPage(consortium.partnerA);
    for (const value of Object.values(SECRETS)) {
      expect(csv).not.toContain(value);
      expect(page).not.toContain(value);
    }
    expect(csv).toContain(OWN_LINE);
    expect(page).toContain(OWN_LINE);
    // The rest of the history is still there.
    expect(csv).toContain("partner.update");
  });

  it("names the report an event changed, by its period and partner, on the page and in the CSV", async () => {
    const partnerB = consortium.organisations.partnerB.name;
    const history = await findProjectHistory(consortium.lead, PROJECT, { page: 1 });
    const lines = history.events.map((event) => describeAuditEvent(event));
    expect(lines).toContain(`Returned the P1 report of ${partnerB} (“${SECRETS.review}”)`);
    expect(lines).toContain(`Submitted the P1 report of ${partnerB}`);
    expect(lines).toContain(`Uploaded report.pdf to the P1 report of ${partnerB}`);
    expect(lines).toContain(`Started the P1 report of ${partnerB}`);
    expect(await historyCsv(consortium.lead)).toContain(`Returned the P1 report of ${partnerB}`);
  });

  it("gives a viewer no funding values and no reports at all", async () => {
    const csv = await historyCsv(consortium.viewer);
    const page = await historyPage(consortium.viewer);
    for (const value of [...Object.values(SECRETS), OWN_LINE]) {
      expect(csv).not.toContain(value);
      expect(page).not.toContain(value);
    }
    expect(csv).not.toMatch(/payment\.|budget\.|report\./);
  });
});
