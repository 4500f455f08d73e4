/**
 * The partner report actions called directly, as a hand-made request would: who may do what, and nothing else changes.
 */
import { describe, expect, it, vi } from "vitest";
import { changeReportStatus } from "@/lib/dal/partner-reports";
import { db } from "@/test/db";
import { snapshotDatabase } from "@/test/db-snapshot";
import { createConsortium, createOrganisation, createPartnerReport, createUser, uploadFile } from "@/test/factories";
import { sessionMock, signInForTest } from "@/test/session-mock";
import {
  changeReportStatusAction,
  openPartnerReportAction,
  saveReportSummaryAction,
  submitReportAction,
} from "./partner-reports";

vi.mock("@/lib/auth/session", () => sessionMock);

/**
 * A consortium in the middle of its reporting: partner A's P1 report accepted, partner B's P1 report submitted and
 * its P2 report a draft.
 */
async function consortiumReporting() {
  const consortium = await createConsortium();
  const { lead, partnerA, partnerB, project } = consortium;
  const acceptedOfA = await createPartnerReport(consortium, partnerA, project.partnerAId, { submitted: true });
  await changeReportStatus(lead, {
    projectId: project.id,
    reportId: acceptedOfA.id,
    toStatus: "ACCEPTED",
    comment: null,
  });
  const submittedOfB = await createPartnerReport(consortium, partnerB, project.partnerBId, { submitted: true });
  const draftOfB = await createPartnerReport(consortium, partnerB, project.partnerBId, {
    periodId: project.periodIds[1],
  });
  return { ...consortium, acceptedOfA, submittedOfB, draftOfB };
}

describe("partner reports", () => {
  it("a partner of another organisation is told none of them exist, and nothing changes", async () => {
    const { admin, project, draftOfB, submittedOfB } = await consortiumReporting();
    const outsider = await createUser("PARTNER", { organisationId: (await createOrganisation(admin)).id });
    signInForTest(outsider);
    const before = await snapshotDatabase();
    const results = [
      await openPartnerReportAction({
        projectId: project.id,
        periodId: project.periodIds[1],
        partnerId: project.partnerAId,
      }),
      await saveReportSummaryAction({ projectId: project.id, reportId: draftOfB.id, summary: "x" }),
      await changeReportStatusAction({ projectId: project.id, reportId: submittedOfB.id, toStatus: "ACCEPTED" }),
    ];
    for (const result of results) expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await snapshotDatabase()).toEqual(before);
  });

  it("a partner opens and edits only its own organisation's report", async () => {
    const { partnerA, project, draftOfB, acceptedOfA } = await consortiumReporting();
    signInForTest(partnerA);
    const [, p2] = project.periodIds;
    expect(
      await openPartnerReportAction({ projectId: project.id, periodId: p2, partnerId: project.partnerAId }),
    ).toMatchObject({
      ok: true,
    });
    expect(
      await openPartnerReportAction({ projectId: project.id, periodId: p2, partnerId: project.leadPartnerId }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(
      await saveReportSummaryAction({ projectId: project.id, reportId: draftOfB.id, summary: "Not mine" }),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
    // Its accepted P1 report is frozen.
    expect(
      await saveReportSummaryAction({ projectId: project.id, reportId: acceptedOfA.id, summary: "Too late" }),
    ).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("a partner cannot accept; the lead cannot submit for a partner; submitting needs a file", async () => {
    const { lead, partnerA, project, draftOfB, submittedOfB } = await consortiumReporting();
    signInForTest(partnerA);
    const { data } = (await openPartnerReportAction({
      projectId: project.id,
      periodId: project.periodIds[1],
      partnerId: project.partnerAId,
    })) as { data: { id: string } };
    expect(
      await changeReportStatusAction({ projectId: project.id, reportId: data.id, toStatus: "SUBMITTED" }),
    ).toMatchObject({
      ok: false,
      error: "Upload the report before submitting it.",
    });
    expect(
      await changeReportStatusAction({ projectId: project.id, reportId: data.id, toStatus: "ACCEPTED" }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });

    signInForTest(lead);
    expect(
      await changeReportStatusAction({ projectId: project.id, reportId: draftOfB.id, toStatus: "SUBMITTED" }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(
      await changeReportStatusAction({ projectId: project.id, reportId: submittedOfB.id, toStatus: "RETURNED" }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { comment: ["Say what the partner should change."] },
    });
    expect(
      await changeReportStatusAction({
        projectId: project.id,
        reportId: submittedOfB.id,
        toStatus: "RETURNED",
        comment: "Add the invoices.",
      }),
    ).toMatchObject({ ok: true });
    const returned = await db.partnerReport.findUniqueOrThrow({ where: { id: submittedOfB.id } });
    expect(returned).toMatchObject({ status: "RETURNED", reviewComment: "Add the invoices." });
    // One change of status by the lead (the partner's submission is the other).
    expect(
      await db.auditEvent.count({ where: { entityId: submittedOfB.id, action: "report.status", actorId: lead.id } }),
    ).toBe(1);
  });

  it("viewers and coordinators read reports but change none", async () => {
    const { viewer, coordinator, project, draftOfB, submittedOfB } = await consortiumReporting();
    for (const user of [viewer, coordinator]) {
      signInForTest(user);
      const before = await snapshotDatabase();
      expect(
        (await changeReportStatusAction({ projectId: project.id, reportId: submittedOfB.id, toStatus: "ACCEPTED" })).ok,
      ).toBe(false);
      expect((await saveReportSummaryAction({ projectId: project.id, reportId: draftOfB.id, summary: "x" })).ok).toBe(
        false,
      );
      expect(await snapshotDatabase()).toEqual(before);
    }
  });

  it("submitting sends the summary as typed, in one transaction with the submission", async () => {
    const { partnerA, partnerB, project, draftOfB } = await consortiumReporting();
    // Without a file nothing is submitted, and the summary typed is not saved either: the page keeps it.
    signInForTest(partnerB);
    const typed = { projectId: project.id, reportId: draftOfB.id, summary: "Two workshops in Sofia." };
    const before = await snapshotDatabase();
    expect(await submitReportAction(typed)).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await snapshotDatabase()).toEqual(before);
    // To another partner of the project it does not exist: it can neither submit it nor change its summary.
    signInForTest(partnerA);
    expect(await submitReportAction(typed)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await snapshotDatabase()).toEqual(before);

    signInForTest(partnerB);
    await uploadFile(partnerB, { kind: "report", id: draftOfB.id });
    expect(await submitReportAction(typed)).toMatchObject({ ok: true });
    const report = await db.partnerReport.findUniqueOrThrow({ where: { id: draftOfB.id } });
    expect(report).toMatchObject({ status: "SUBMITTED", summary: "Two workshops in Sofia." });
    const audit = await db.auditEvent.findMany({ where: { entityId: draftOfB.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((event) => event.action).slice(-2)).toEqual(["report.update", "report.status"]);
    // Submitted, it is frozen: the same request again changes nothing.
    expect(await submitReportAction({ ...typed, summary: "Changed afterwards." })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    expect((await db.partnerReport.findUniqueOrThrow({ where: { id: draftOfB.id } })).summary).toBe(
      "Two workshops in Sofia.",
    );
  });
});
