/** The deadline reminder job over a consortium's deadlines, delivered to a real SMTP server in the test process. */
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFinished } from "vitest";
import { deliverOutbox } from "@/lib/dal/outbox";
import { queueReminderDigests } from "@/lib/dal/reminders";
import { createSmtpTransport } from "@/lib/mail/transport";
import { db } from "@/test/db";
import { createConsortium, createDeliverable, createMilestone, type Consortium } from "@/test/factories";
import { startSmtpSink, type SmtpSink } from "@/test/smtp-sink";

const NOW = new Date(Date.UTC(2026, 10, 25, 6, 0));
const APP_URL = "https://consortia.example.org";
let sink: SmtpSink;

/** Started in January 2026: its month 11 ends on 30 November 2026, five days after NOW. */
let consortium: Consortium;

beforeAll(async () => {
  consortium = await createConsortium({ startDate: "2026-01-01" });
  const { leadPartnerId, partnerAId, partnerBId } = consortium.project;
  await createDeliverable(consortium, { number: "D1.1", responsiblePartnerId: partnerAId, dueMonth: 11 });
  await createDeliverable(consortium, { number: "D1.2", responsiblePartnerId: leadPartnerId, dueMonth: 11 });
  await createDeliverable(consortium, { number: "D1.3", responsiblePartnerId: partnerBId, dueMonth: 20 });
  await createMilestone(consortium, { number: 1, dueMonth: 11 });
  sink = await startSmtpSink();
});
afterAll(() => sink.close());
// Each test starts with nothing reminded, queued or received (a test that changes the consortium restores it).
beforeEach(async () => {
  await Promise.all([db.reminderSent.deleteMany(), db.outboxEmail.deleteMany()]);
  sink.received.length = 0;
});

const run = () => queueReminderDigests({ now: NOW, appUrl: APP_URL });
const deliver = () => deliverOutbox(createSmtpTransport({ host: "127.0.0.1", port: sink.port, secure: false }));
const mailTo = (email: string) =>
  sink.received.filter((mail) => mail.to && "text" in mail.to && mail.to.text === email);

describe("deadline reminders", () => {
  it("queue one digest per concerned user and deliver them over SMTP", async () => {
    const first = await run();
    expect(first.usersReminded).toBeGreaterThan(0);
    const delivery = await deliver();
    expect(delivery).toEqual({ sent: first.usersReminded, failed: 0 });
    expect(sink.received).toHaveLength(first.usersReminded);
    expect(await db.outboxEmail.count({ where: { sentAt: null } })).toBe(0);
  });

  it("tell a partner only about its own organisation's obligations", async () => {
    await run();
    await deliver();
    const digest = mailTo(consortium.partnerA.email)[0]!;
    expect(digest.subject).toMatch(/^Consortia: \d+ deadlines? needs? your attention$/);
    const owned = await db.deliverable.findFirstOrThrow({
      where: { responsiblePartnerId: consortium.project.partnerAId },
    });
    const foreign = await db.deliverable.findFirstOrThrow({
      where: { responsiblePartnerId: consortium.project.leadPartnerId },
    });
    expect(digest.text).toContain(`${owned.number} ${owned.title}`);
    expect(digest.text).not.toContain(`${foreign.number} ${foreign.title}`);
    expect(digest.text).toContain(`${APP_URL}/projects/${owned.projectId}/deliverables/${owned.id}`);
    expect(digest.text).not.toMatch(/\bMS\d+ /); // milestones are the lead's business
  });

  it("leave out viewers and administrators, and anyone who turned reminders off", async () => {
    await run();
    await deliver();
    expect(mailTo(consortium.viewer.email)).toHaveLength(0);
    expect(mailTo(consortium.admin.email)).toHaveLength(0);
    expect(mailTo(consortium.lead.email)).toHaveLength(1);
  });

  it("send nothing twice: a second run queues and delivers nothing", async () => {
    await run();
    await deliver();
    const before = sink.received.length;
    const outbox = await db.outboxEmail.count();
    expect(await run()).toEqual({ usersReminded: 0, remindersQueued: 0 });
    expect(await deliver()).toEqual({ sent: 0, failed: 0 });
    expect(sink.received).toHaveLength(before);
    expect(await db.outboxEmail.count()).toBe(outbox);
  });

  it("remind again when a deadline moves, in the user's language", async () => {
    await run();
    await deliver();
    const { lead, coordinator } = consortium;
    await db.user.update({ where: { id: lead.id }, data: { emailReminders: false } });
    await db.user.update({ where: { id: coordinator.id }, data: { locale: "ro" } });
    const moved = await db.deliverable.findFirstOrThrow({
      where: { projectId: consortium.project.id, dueMonth: { gt: 12 } },
    });
    await db.deliverable.update({ where: { id: moved.id }, data: { dueMonth: 11 } });
    onTestFinished(async () => {
      await db.user.update({ where: { id: lead.id }, data: { emailReminders: true } });
      await db.user.update({ where: { id: coordinator.id }, data: { locale: null } });
      await db.deliverable.update({ where: { id: moved.id }, data: { dueMonth: moved.dueMonth } });
    });
    const before = sink.received.length;
    const second = await run();
    expect(second.remindersQueued).toBeGreaterThan(0);
    await deliver();
    const fresh = sink.received.slice(before);
    expect(fresh.every((mail) => mail.text?.includes(`${moved.number} ${moved.title}`))).toBe(true);
    // The coordinator oversees every project and reads Romanian; the project's lead has turned reminders off.
    const romanian = fresh.find((mail) => mail.to && "text" in mail.to && mail.to.text === coordinator.email)!;
    expect(romanian.subject).toBe("Consortia: 1 termen necesită atenția dumneavoastră");
    expect(romanian.text).toContain("Scadente în 7 zile (1)");
    expect(romanian.text).toContain("termen 30 nov. 2026");
    expect(fresh.some((mail) => mail.to && "text" in mail.to && mail.to.text === lead.email)).toBe(false);
  });

  it("keep a refused message in the outbox and count the attempt", async () => {
    const refusing = await startSmtpSink({ refuse: true });
    try {
      await db.outboxEmail.create({ data: { to: "someone@example.org", subject: "Test", body: "Body" } });
      const result = await deliverOutbox(
        createSmtpTransport({ host: "127.0.0.1", port: refusing.port, secure: false }),
      );
      expect(result).toEqual({ sent: 0, failed: 1 });
      const kept = await db.outboxEmail.findFirstOrThrow({ where: { to: "someone@example.org" } });
      expect(kept.sentAt).toBeNull();
      expect(kept.failedAttempts).toBe(1);
      expect(kept.lastError).toMatch(/550|Mailbox unavailable/);
    } finally {
      await refusing.close();
    }
  });
});
