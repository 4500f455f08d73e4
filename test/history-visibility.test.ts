/**
 * The project history, on the page and in its CSV export, shows each person only what the records
 * themselves would: no payments and no other partner's budget or reports for partners, none of them for
 * viewers, everything for those who read funding.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db, demoUser, seedDemo } from "@/test/db";
import { sessionMock, signInForTest } from "@/test/session-mock";
import { saveBudgetLineAction } from "@/lib/actions/budget";
import { savePaymentAction } from "@/lib/actions/payments";
import { changeReportStatusAction } from "@/lib/actions/partner-reports";
import { createProjectAction } from "@/lib/actions/projects";
import { savePartnerAction } from "@/lib/actions/partners";
import { findProjectHistory } from "@/lib/dal/history";
import { VALID_PROJECT_INPUT } from "@/test/fixtures/project-input";

vi.mock("@/lib/auth/session", () => sessionMock);

const { GET: exportHistory } = await import("@/app/(app)/projects/[projectId]/history/export/route");

const DANUBE = "demo-proj-danube-ict";

/** Values only funding readers may see, and one the partner may see (its own budget line). */
const SECRETS = {
  otherLine: "4321.98",
  payment: "98765.43",
  paymentNote: "confidential-payment-note",
  otherShare: "55555.55",
  review: "secret-review-comment",
};
const OWN_LINE = "1234.56";

async function historyCsv(email: string): Promise<string> {
  signInForTest(await demoUser(email));
  const response = await exportHistory(new Request(`http://localhost/projects/${DANUBE}/history/export`), {
    params: Promise.resolve({ projectId: DANUBE }),
  });
  expect(response.status).toBe(200);
  return response.text();
}

async function historyPage(email: string): Promise<string> {
  const history = await findProjectHistory(await demoUser(email), DANUBE, { page: 1 });
  return JSON.stringify(history.events) + JSON.stringify(history.actors);
}

beforeAll(async () => {
  await seedDemo();
  const partner = await demoUser("partner@demo.test");
  const own = await db.projectPartner.findFirstOrThrow({
    where: { projectId: DANUBE, organisationId: partner.organisationId! },
  });
  const other = await db.projectPartner.findFirstOrThrow({
    where: { projectId: DANUBE, NOT: { id: own.id }, role: "PARTNER" },
  });
  const line = (partnerId: string) => db.budgetLine.findFirstOrThrow({ where: { partnerId, category: "STAFF" } });
  const [ownLine, otherLine] = [await line(own.id), await line(other.id)];
  const submitted = await db.partnerReport.findFirstOrThrow({
    where: { projectId: DANUBE, status: "SUBMITTED", NOT: { partnerId: own.id } },
  });

  signInForTest(await demoUser("lead@demo.test"));
  const results = [
    await saveBudgetLineAction({ ...ownLine, projectId: DANUBE, amount: OWN_LINE }),
    await saveBudgetLineAction({ ...otherLine, projectId: DANUBE, amount: SECRETS.otherLine }),
    await savePaymentAction({
      projectId: DANUBE,
      kind: "INTERIM",
      plannedDate: "2017-05-01",
      plannedAmount: SECRETS.payment,
      note: SECRETS.paymentNote,
    }),
    await savePartnerAction({
      projectId: DANUBE,
      id: other.id,
      organisationId: other.organisationId,
      role: other.role,
      budgetAmount: SECRETS.otherShare,
    }),
    await changeReportStatusAction({
      projectId: DANUBE,
      reportId: submitted.id,
      toStatus: "RETURNED",
      comment: SECRETS.review,
    }),
  ];
  for (const result of results) expect(result).toMatchObject({ ok: true });
});

describe("the history of a new project", () => {
  it("does not show a partner the other partners' budget shares listed at its creation", async () => {
    const partner = await demoUser("partner@demo.test");
    signInForTest(await demoUser("coordinator@demo.test"));
    const created = await createProjectAction({
      ...VALID_PROJECT_INPUT,
      acronym: "SHARES",
      partners: [
        { organisationId: "demo-org-cluj", role: "LEAD_PARTNER", budgetAmount: "77777.77" },
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
    for (const email of ["lead@demo.test", "coordinator@demo.test"]) {
      const csv = await historyCsv(email);
      const page = await historyPage(email);
      for (const value of [...Object.values(SECRETS), OWN_LINE]) {
        expect(csv).toContain(value);
        expect(page).toContain(value);
      }
    }
  });

  it("gives a partner its own organisation's budget, and no payments, other shares or other reports", async () => {
    const csv = await historyCsv("partner@demo.test");
    const page = await historyPage("partner@demo.test");
    for (const value of Object.values(SECRETS)) {
      expect(csv).not.toContain(value);
      expect(page).not.toContain(value);
    }
    expect(csv).toContain(OWN_LINE);
    expect(page).toContain(OWN_LINE);
    // The rest of the history is still there.
    expect(csv).toContain("partner.update");
  });

  it("gives a viewer no funding values and no reports at all", async () => {
    const csv = await historyCsv("viewer@demo.test");
    const page = await historyPage("viewer@demo.test");
    for (const value of [...Object.values(SECRETS), OWN_LINE]) {
      expect(csv).not.toContain(value);
      expect(page).not.toContain(value);
    }
    expect(csv).not.toMatch(/payment\.|budget\.|report\./);
  });
});
