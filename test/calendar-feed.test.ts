/** The personal calendar feed: found only by its secret, valid iCalendar, and events that move with their dates. */
import ICAL from "ical.js";
import { beforeAll, describe, expect, it } from "vitest";
import { replaceCalendarToken } from "@/lib/dal/account";
import { db, demoUser, seedDemo } from "@/test/db";

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

beforeAll(seedDemo);

describe("calendar feed", () => {
  it("answers 404 to an unknown or malformed token", async () => {
    expect((await fetchFeed("x".repeat(43))).status).toBe(404);
    expect((await fetchFeed("../../etc/passwd")).status).toBe(404);
  });

  it("gives a partner valid iCalendar with its own deadlines as all-day events", async () => {
    const token = await replaceCalendarToken(await demoUser("partner@demo.test"));
    const response = await fetchFeed(token);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const text = await response.text();
    expect(text.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(text.split("\r\n").every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    const events = parseEvents(text);
    const own = await db.deliverable.findMany({
      where: {
        responsiblePartner: { organisation: { name: "Sofia Digital Cluster" } },
        project: { status: { not: "CLOSED" } },
      },
    });
    const deliverableEvents = events.filter((event) => event.uid.startsWith("deliverable-"));
    expect(deliverableEvents.map((event) => event.uid).sort()).toEqual(
      own.map((d) => `deliverable-${d.id}@consortia`).sort(),
    );
    expect(events.every((event) => event.isDate)).toBe(true);
    expect(events.some((event) => event.uid.startsWith("milestone-"))).toBe(false);
    expect(events.some((event) => event.uid.startsWith("report-"))).toBe(true);
  });

  it("moves an event when its project's start date moves, under the same UID", async () => {
    const lead = await demoUser("lead@demo.test");
    const token = await replaceCalendarToken(lead);
    const danube = await db.project.findUniqueOrThrow({ where: { acronym: "DANUBE ICT" } });
    const deliverable = await db.deliverable.findFirstOrThrow({ where: { projectId: danube.id, number: "D2.1" } });
    const uid = `deliverable-${deliverable.id}@consortia`;
    const before = parseEvents(await (await fetchFeed(token)).text()).find((event) => event.uid === uid)!;
    await db.project.update({ where: { id: danube.id }, data: { startDate: new Date(Date.UTC(2016, 2, 1)) } });
    const after = parseEvents(await (await fetchFeed(token)).text()).filter((event) => event.uid === uid);
    expect(after).toHaveLength(1);
    expect(after[0]!.start).not.toBe(before.start);
    // Three months later: the end of M<dueMonth> counted from March instead of December.
    const monthsMoved =
      (Number(after[0]!.start.slice(0, 4)) - Number(before.start.slice(0, 4))) * 12 +
      Number(after[0]!.start.slice(5, 7)) -
      Number(before.start.slice(5, 7));
    expect(monthsMoved).toBe(3);
    expect(after[0]!.summary).toContain("DANUBE ICT · D2.1");
  });

  it("stops answering the old address once the token is replaced", async () => {
    const user = await demoUser("coordinator@demo.test");
    const old = await replaceCalendarToken(user);
    const replacement = await replaceCalendarToken(user);
    expect((await fetchFeed(old)).status).toBe(404);
    expect((await fetchFeed(replacement)).status).toBe(200);
  });

  it("stops answering for a deactivated user", async () => {
    const user = await demoUser("viewer@demo.test");
    const token = await replaceCalendarToken(user);
    await db.user.update({ where: { id: user.id }, data: { deactivatedAt: new Date() } });
    expect((await fetchFeed(token)).status).toBe(404);
  });
});
