import { describe, expect, it } from "vitest";
import { db } from "@/test/db";
import { createConsortium, createPartnerReport, createReportDeadline } from "@/test/factories";
import { findProjectReports, getReportDetail } from "./partner-reports";

const utc = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

describe("a report's page", () => {
  it("says when each part is due and whether it is late, by the day", async () => {
    const consortium = await createConsortium();
    const { partnerA, partnerB, project } = consortium;
    const [p1] = project.periodIds;
    await createReportDeadline(consortium, p1, "2027-02-28", "CONTENT");
    await createReportDeadline(consortium, p1, "2027-03-31", "FINANCE");
    const draft = await createPartnerReport(consortium, partnerA, project.partnerAId);
    const lateness = async (today: string) =>
      (await getReportDetail(partnerA, project.id, draft.id, db, utc(today)))!.deadlines.map(
        ({ type, isLate }) => `${type} ${isLate}`,
      );
    // Not sent: late from the day after the due date.
    expect(await lateness("2027-02-28")).toEqual(["CONTENT false", "FINANCE false"]);
    expect(await lateness("2027-03-01")).toEqual(["CONTENT true", "FINANCE false"]);

    // Sent: late only if sent after the due day, whatever the date now.
    const sent = await createPartnerReport(consortium, partnerB, project.partnerBId, { submitted: true });
    await db.partnerReport.update({ where: { id: sent.id }, data: { submittedAt: new Date("2027-03-15T10:00:00Z") } });
    const detail = await getReportDetail(partnerB, project.id, sent.id, db, utc("2027-06-01"));
    expect(detail!.deadlines.map(({ type, isLate }) => `${type} ${isLate}`)).toEqual(["CONTENT true", "FINANCE false"]);
  });

  it("shows files' checksums to those who check what was sent, not to the partner", async () => {
    const consortium = await createConsortium();
    const { partnerA, lead, coordinator, project } = consortium;
    const report = await createPartnerReport(consortium, partnerA, project.partnerAId, { submitted: true });
    const seesChecksums = async (user: typeof lead) =>
      (await getReportDetail(user, project.id, report.id))!.seesChecksums;
    expect([await seesChecksums(partnerA), await seesChecksums(lead), await seesChecksums(coordinator)]).toEqual([
      false,
      true,
      true,
    ]);
  });

  it("calls only a period under way current: after the last one ends it is the last period, before the first begins the first", async () => {
    const { partnerA, project } = await createConsortium({ startDate: "2026-01-01" });
    const [p1, p2] = project.periodIds;
    const current = async (today: string) => (await findProjectReports(partnerA, project.id, utc(today))).currentPeriod;
    expect(await current("2025-12-31")).toEqual({ id: p1, when: "upcoming" });
    expect(await current("2026-06-15")).toEqual({ id: p1, when: "now" });
    expect(await current("2027-12-31")).toEqual({ id: p2, when: "now" });
    expect(await current("2028-01-01")).toEqual({ id: p2, when: "ended" });
  });
});
