/**
 * The partner report actions called directly, as a hand-made request would: who may do what, and nothing else changes.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db, demoUser, seedDemo } from "@/test/db";
import { snapshotDatabase } from "@/test/db-snapshot";
import { sessionMock, signInForTest } from "@/test/session-mock";
import { changeReportStatusAction, openPartnerReportAction, saveReportSummaryAction } from "./partner-reports";

vi.mock("@/lib/auth/session", () => sessionMock);

const DANUBE = "demo-proj-danube-ict";
const SOFIA = `${DANUBE}-pp2`;
const SOFIA_P1 = `${DANUBE}-pp2-p1-report`;
const NOVISAD_P2 = `${DANUBE}-pp4-p2-report`; // submitted
const CLUJ_P2 = `${DANUBE}-pp1-p2-report`; // draft

beforeEach(seedDemo);

describe("partner reports", () => {
  it("a partner of another organisation is told none of them exist, and nothing changes", async () => {
    signInForTest(await demoUser("partner2@demo.test"));
    const before = await snapshotDatabase();
    const results = [
      await openPartnerReportAction({ projectId: DANUBE, periodId: `${DANUBE}-p3`, partnerId: SOFIA }),
      await saveReportSummaryAction({ projectId: DANUBE, reportId: CLUJ_P2, summary: "x" }),
      await changeReportStatusAction({ projectId: DANUBE, reportId: NOVISAD_P2, toStatus: "ACCEPTED" }),
    ];
    for (const result of results) expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await snapshotDatabase()).toEqual(before);
  });

  it("a partner opens and edits only its own organisation's report", async () => {
    signInForTest(await demoUser("partner@demo.test"));
    const opened = await openPartnerReportAction({ projectId: DANUBE, periodId: `${DANUBE}-p3`, partnerId: SOFIA });
    expect(opened).toMatchObject({ ok: true });
    expect(
      await openPartnerReportAction({ projectId: DANUBE, periodId: `${DANUBE}-p3`, partnerId: `${DANUBE}-pp1` }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await saveReportSummaryAction({ projectId: DANUBE, reportId: CLUJ_P2, summary: "Not mine" })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    // Its accepted P1 report is frozen.
    expect(await saveReportSummaryAction({ projectId: DANUBE, reportId: SOFIA_P1, summary: "Too late" })).toMatchObject(
      { ok: false, code: "CONFLICT" },
    );
  });

  it("a partner cannot accept; the lead cannot submit for a partner; submitting needs a file", async () => {
    signInForTest(await demoUser("partner@demo.test"));
    const { data } = (await openPartnerReportAction({
      projectId: DANUBE,
      periodId: `${DANUBE}-p3`,
      partnerId: SOFIA,
    })) as { data: { id: string } };
    expect(
      await changeReportStatusAction({ projectId: DANUBE, reportId: data.id, toStatus: "SUBMITTED" }),
    ).toMatchObject({
      ok: false,
      error: "Upload the report before submitting it.",
    });
    expect(
      await changeReportStatusAction({ projectId: DANUBE, reportId: data.id, toStatus: "ACCEPTED" }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });

    signInForTest(await demoUser("lead@demo.test"));
    expect(
      await changeReportStatusAction({ projectId: DANUBE, reportId: CLUJ_P2, toStatus: "SUBMITTED" }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(
      await changeReportStatusAction({ projectId: DANUBE, reportId: NOVISAD_P2, toStatus: "RETURNED" }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { comment: ["Say what the partner should change."] },
    });
    expect(
      await changeReportStatusAction({
        projectId: DANUBE,
        reportId: NOVISAD_P2,
        toStatus: "RETURNED",
        comment: "Add the invoices.",
      }),
    ).toMatchObject({ ok: true });
    const returned = await db.partnerReport.findUniqueOrThrow({ where: { id: NOVISAD_P2 } });
    expect(returned).toMatchObject({ status: "RETURNED", reviewComment: "Add the invoices." });
    expect(await db.auditEvent.count({ where: { entityId: NOVISAD_P2, action: "report.status" } })).toBe(1);
  });

  it("viewers and coordinators read reports but change none", async () => {
    for (const email of ["viewer@demo.test", "coordinator@demo.test"]) {
      signInForTest(await demoUser(email));
      const before = await snapshotDatabase();
      expect(
        (await changeReportStatusAction({ projectId: DANUBE, reportId: NOVISAD_P2, toStatus: "ACCEPTED" })).ok,
      ).toBe(false);
      expect((await saveReportSummaryAction({ projectId: DANUBE, reportId: CLUJ_P2, summary: "x" })).ok).toBe(false);
      expect(await snapshotDatabase()).toEqual(before);
    }
  });
});
