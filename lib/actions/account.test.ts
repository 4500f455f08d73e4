/** In-app notifications: who hears of a change, unread counts, and marking read only one's own. */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { countUnreadNotifications, findNotifications } from "@/lib/dal/notifications";
import { db, demoUser, seedDemo } from "@/test/db";
import { sessionMock, signInForTest } from "@/test/session-mock";
import { snapshotDatabase } from "@/test/db-snapshot";
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

const DANUBE = "demo-proj-danube-ict";
const D2_2 = `${DANUBE}-d2-2`; // Sofia's, in review
const NOVISAD_P2 = `${DANUBE}-pp4-p2-report`; // submitted

beforeAll(async () => {
  await seedDemo();
  const novisad = await db.projectPartner.findUniqueOrThrow({ where: { id: `${DANUBE}-pp4` } });
  await db.user.create({
    data: {
      email: "novisad@demo.test",
      name: "Nada Novi Sad",
      role: "PARTNER",
      organisationId: novisad.organisationId,
    },
  });
});

describe("notifications", () => {
  it("tell the responsible partner when the lead changes a deliverable's status, and not the lead", async () => {
    const lead = await demoUser("lead@demo.test");
    const partner = await demoUser("partner@demo.test");
    const otherPartner = await demoUser("partner2@demo.test");
    signInForTest(lead);
    const { version } = await db.deliverable.findUniqueOrThrow({ where: { id: D2_2 } });
    const result = await changeDeliverableStatusAction({
      projectId: DANUBE,
      deliverableId: D2_2,
      toStatus: "DRAFT",
      version,
      comment: "Add the Serbian data.",
    });
    expect(result).toMatchObject({ ok: true });
    expect(await countUnreadNotifications(partner)).toBe(1);
    expect(await countUnreadNotifications(lead)).toBe(0);
    expect(await countUnreadNotifications(otherPartner)).toBe(0);
    const { notifications } = await findNotifications(partner, 1);
    expect(notifications[0]).toMatchObject({
      kind: "DELIVERABLE_STATUS_CHANGED",
      href: `/projects/${DANUBE}/deliverables/${D2_2}`,
      params: { acronym: "DANUBE ICT", number: "D2.2", status: "DRAFT" },
    });
  });

  it("tell the partner's people when the lead returns their report", async () => {
    signInForTest(await demoUser("lead@demo.test"));
    const result = await changeReportStatusAction({
      projectId: DANUBE,
      reportId: NOVISAD_P2,
      toStatus: "RETURNED",
      comment: "Missing invoices.",
    });
    expect(result).toMatchObject({ ok: true });
    const novisad = await demoUser("novisad@demo.test");
    const { notifications } = await findNotifications(novisad, 1);
    expect(notifications).toHaveLength(1);
    expect(notifications[0]).toMatchObject({ kind: "REPORT_RETURNED", params: { period: "P2" } });
  });

  it("mark only the user's own notifications read, one or all", async () => {
    const partner = await demoUser("partner@demo.test");
    const novisad = await demoUser("novisad@demo.test");
    const [othersNotification] = (await findNotifications(novisad, 1)).notifications;
    signInForTest(partner);
    // Someone else's id is simply not among one's own: nothing is marked.
    expect(await markNotificationsReadAction({ ids: [othersNotification!.id] })).toEqual({
      ok: true,
      data: { marked: 0 },
    });
    expect(await countUnreadNotifications(novisad)).toBe(1);
    expect(await markNotificationsReadAction({ all: true })).toEqual({ ok: true, data: { marked: 1 } });
    expect(await countUnreadNotifications(partner)).toBe(0);
    expect(await markNotificationsReadAction({ ids: [] })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await markNotificationsReadAction({ all: false } as never)).toMatchObject({ ok: false, code: "VALIDATION" });
  });

  it("refuse every account action without a session, changing nothing", async () => {
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
