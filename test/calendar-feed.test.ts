/** The personal calendar feed: found only by its secret, valid iCalendar, and events that move with their dates. */
import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";
import { replaceCalendarToken } from "@/lib/dal/account";
import { db } from "@/test/db";
import {
  createConsortium,
  createDeliverable,
  createMilestone,
  createReportDeadline,
  type Consortium,
} from "@/test/factories";

const { GET } = await import("@/app/api/calendar/[token]/route");

const fetchFeed = (token: string) =>
  GET(new Request(`http://localhost/api/calendar/${token}.ics`), {
    params: Promise.resolve({ token: `${token}.ics` }),
  });

function parseEvents(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents("vevent").map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toString(),
      isDate: event.startDate.isDate,
    };
  });
}

let consortium: Consortium;

beforeAll(async () => {
  consortium = await createConsortium();
  const { partnerAId, partnerBId, periodIds } = consortium.project;
  await createDeliverable(consortium, { number: "D1.1", responsiblePartnerId: partnerAId, dueMonth: 6 });
  await createDeliverable(consortium, { number: "D1.2", responsiblePartnerId: partnerAId, dueMonth: 18 });
  await createDeliverable(consortium, { number: "D1.3", responsiblePartnerId: partnerBId, dueMonth: 12 });
  await createMilestone(consortium, { number: 1, dueMonth: 12 });
  await createReportDeadline(consortium, periodIds[0], "2027-03-01");
});

describe("calendar feed", () => {
  it("answers 404 to an unknown or malformed token", async () => {
    expect((await fetchFeed("x".repeat(43))).status).toBe(404);
    expect((await fetchFeed("../../etc/passwd")).status).toBe(404);
  });

  it("gives a partner valid iCalendar with its own deadlines as all-day events", async () => {
    const token = await replaceCalendarToken(consortium.partnerA);
    const response = await fetchFeed(token);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const text = await response.text();
    expect(text.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(text.split("\r\n").every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    const events = parseEvents(text);
    const own = await db.deliverable.findMany({ where: { responsiblePartnerId: consortium.project.partnerAId } });
    expect(own).toHaveLength(2);
    const deliverableEvents = events.filter((event) => event.uid.startsWith("deliverable-"));
    expect(deliverableEvents.map((event) => event.uid).sort()).toEqual(
      own.map((d) => `deliverable-${d.id}@consortia`).sort(),
    );
    expect(events.every((event) => event.isDate)).toBe(true);
    expect(events.some((event) => event.uid.startsWith("milestone-"))).toBe(false);
    expect(events.some((event) => event.uid.startsWith("report-"))).toBe(true);
  });

  it("moves an event when its project's start date moves, under the same UID", async () => {
    const token = await replaceCalendarToken(consortium.lead);
    const { project } = consortium;
    const deliverable = await db.deliverable.findFirstOrThrow({ where: { projectId: project.id, number: "D1.1" } });
    const uid = `deliverable-${deliverable.id}@consortia`;
    const before = parseEvents(await (await fetchFeed(token)).text()).find((event) => event.uid === uid)!;
    await db.project.update({ where: { id: project.id }, data: { startDate: new Date(Date.UTC(2026, 3, 1)) } });
    const after = parseEvents(await (await fetchFeed(token)).text()).filter((event) => event.uid === uid);
    expect(after).toHaveLength(1);
    expect(after[0]!.start).not.toBe(before.start);
    // Three months later: the end of M<dueMonth> counted from April instead of January.
    const monthsMoved =
      (Number(after[0]!.start.slice(0, 4)) - Number(before.start.slice(0, 4))) * 12 +
      Number(after[0]!.start.slice(5, 7)) -
      Number(before.start.slice(5, 7));
    expect(monthsMoved).toBe(3);
    expect(after[0]!.summary).toContain(`${project.acronym} · D1.1`);
  });

  it("stops answering the old address once the token is replaced", async () => {
    const user = consortium.coordinator;
    const old = await replaceCalendarToken(user);
    const replacement = await replaceCalendarToken(user);
    expect((await fetchFeed(old)).status).toBe(404);
    expect((await fetchFeed(replacement)).status).toBe(200);
  });

  it("stops answering for a deactivated user", async () => {
    const user = consortium.viewer;
    const token = await replaceCalendarToken(user);
    await db.user.update({ where: { id: user.id }, data: { deactivatedAt: new Date() } });
    expect((await fetchFeed(token)).status).toBe(404);
  });
});
