/** In-app notifications: who hears of a change, unread counts, and marking read only one's own. */
import { describe, expect, it, vi } from "vitest";
import { countUnreadNotifications, findNotifications } from "@/lib/dal/notifications";
import { db } from "@/test/db";
import { snapshotDatabase } from "@/test/db-snapshot";
import {
  createConsortium,
  createDeliverable,
  createPartnerReport,
  createUser,
  moveDeliverable,
} from "@/test/factories";
import { sessionMock, signInForTest } from "@/test/session-mock";
import {
  chooseLocaleAction,
  markNotificationsReadAction,
  removeCalendarFeedAction,
  replaceCalendarFeedAction,
  saveAccountPreferencesAction,
} from "./account";
import { changeDeliverableStatusAction } from "./deliverables";
import { changeReportStatusAction } from "./partner-reports";

vi.mock("@/lib/auth/session", () => sessionMock);

/** A consortium whose partner A has a deliverable in review and whose partner B has submitted its report. */
async function consortiumAwaitingTheLead() {
  const consortium = await createConsortium();
  const { lead, partnerA, partnerB, project } = consortium;
  const deliverable = await createDeliverable(consortium, { number: "D1.1", responsiblePartnerId: project.partnerAId });
  await moveDeliverable(partnerA, { id: deliverable.id, projectId: project.id }, ["DRAFT", "IN_REVIEW"]);
  const report = await createPartnerReport(consortium, partnerB, project.partnerBId, { submitted: true });
  // The moves above notified the lead; the tests start from nobody having anything unread.
  await db.notification.deleteMany({ where: { userId: { in: [lead.id, partnerA.id, partnerB.id] } } });
  return { ...consortium, deliverable, report };
}

describe("notifications", () => {
  it("tell the responsible partner when the lead changes a deliverable's status, and not the lead", async () => {
    const { lead, partnerA, partnerB, project, deliverable } = await consortiumAwaitingTheLead();
    signInForTest(lead);
    const { version } = await db.deliverable.findUniqueOrThrow({ where: { id: deliverable.id } });
    const result = await changeDeliverableStatusAction({
      projectId: project.id,
      deliverableId: deliverable.id,
      toStatus: "DRAFT",
      version,
      comment: "Add the Serbian data.",
    });
    expect(result).toMatchObject({ ok: true });
    expect(await countUnreadNotifications(partnerA)).toBe(1);
    expect(await countUnreadNotifications(lead)).toBe(0);
    expect(await countUnreadNotifications(partnerB)).toBe(0);
    const { notifications } = await findNotifications(partnerA, 1);
    expect(notifications[0]).toMatchObject({
      kind: "DELIVERABLE_STATUS_CHANGED",
      href: `/projects/${project.id}/deliverables/${deliverable.id}`,
      params: { acronym: project.acronym, number: "D1.1", status: "DRAFT" },
    });
  });

  it("tell the partner's people when the lead returns their report", async () => {
    const { lead, partnerB, project, report } = await consortiumAwaitingTheLead();
    const colleague = await createUser("PARTNER", { organisationId: partnerB.organisationId! });
    signInForTest(lead);
    const result = await changeReportStatusAction({
      projectId: project.id,
      reportId: report.id,
      toStatus: "RETURNED",
      comment: "Missing invoices.",
    });
    expect(result).toMatchObject({ ok: true });
    const { notifications } = await findNotifications(colleague, 1);
    expect(notifications).toHaveLength(1);
    expect(notifications[0]).toMatchObject({ kind: "REPORT_RETURNED", params: { period: "P1" } });
  });

  it("mark only the user's own notifications read, one or all", async () => {
    const { lead, partnerA, partnerB, project, deliverable, report } = await consortiumAwaitingTheLead();
    signInForTest(lead);
    await moveDeliverable(lead, { id: deliverable.id, projectId: project.id }, ["DRAFT"], {
      comment: "Add the Serbian data.",
    });
    await changeReportStatusAction({ projectId: project.id, reportId: report.id, toStatus: "RETURNED", comment: "x" });
    const [othersNotification] = (await findNotifications(partnerB, 1)).notifications;
    signInForTest(partnerA);
    // Someone else's id is simply not among one's own: nothing is marked.
    expect(await markNotificationsReadAction({ ids: [othersNotification!.id] })).toEqual({
      ok: true,
      data: { marked: 0 },
    });
    expect(await countUnreadNotifications(partnerB)).toBe(1);
    expect(await markNotificationsReadAction({ all: true })).toEqual({ ok: true, data: { marked: 1 } });
    expect(await countUnreadNotifications(partnerA)).toBe(0);
    expect(await markNotificationsReadAction({ ids: [] })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await markNotificationsReadAction({ all: false } as never)).toMatchObject({ ok: false, code: "VALIDATION" });
  });

  it("refuse every account action without a session, changing nothing", async () => {
    await createConsortium();
    signInForTest(null);
    const before = await snapshotDatabase();
    for (const result of [
      await markNotificationsReadAction({ all: true }),
      await saveAccountPreferencesAction({ locale: "ro", emailReminders: false }),
      await chooseLocaleAction({ locale: "ro" }),
      await replaceCalendarFeedAction({}),
      await removeCalendarFeedAction({}),
    ]) {
      expect(result).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    }
    expect(await snapshotDatabase()).toEqual(before);
  });
});
