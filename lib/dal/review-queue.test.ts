import { beforeAll, describe, expect, it } from "vitest";
import {
  createConsortium,
  createDeliverable,
  createPartnerReport,
  createReportDeadline,
  moveDeliverable,
  type Consortium,
} from "@/test/factories";
import { countsStatements, statementsOf } from "@/test/statement-count";
import { db } from "./db";
import { changeReportStatus } from "./partner-reports";
import { findReviewQueue } from "./review-queue";

const today = new Date("2026-11-24T00:00:00Z");

/** Started in January 2025, P1's report due on 31 July 2025: partner A sent it, the others did not. */
let consortium: Consortium;
let other: Consortium;
let reportId: string;

beforeAll(async () => {
  [consortium, other] = await Promise.all([
    createConsortium({ startDate: "2025-01-01" }),
    createConsortium({ startDate: "2025-01-01" }),
  ]);
  const { project, partnerA } = consortium;
  await createReportDeadline(consortium, project.periodIds[0], "2025-07-31", "CONTENT");
  await createReportDeadline(consortium, project.periodIds[0], "2025-08-31", "FINANCE");
  // P2's deadline is still ahead: nothing is missing for it yet.
  await createReportDeadline(consortium, project.periodIds[1], "2027-01-31");
  reportId = (await createPartnerReport(consortium, partnerA, project.partnerAId, { submitted: true })).id;
  const deliverable = await createDeliverable(consortium, { number: "D1.1", responsiblePartnerId: project.partnerAId });
  await moveDeliverable(consortium.lead, { id: deliverable.id, projectId: project.id }, ["DRAFT", "IN_REVIEW"]);
  // Another project's report, waiting for its own lead.
  await createPartnerReport(other, other.partnerA, other.project.partnerAId, { submitted: true });
});

const describeItems = (items: Awaited<ReturnType<typeof findReviewQueue>>["items"], projectId: string) =>
  items
    .filter((item) => item.projectId === projectId)
    .map((item) =>
      item.kind === "deliverable"
        ? `${item.kind} ${item.number}`
        : item.kind === "report"
          ? `${item.kind} P${item.periodNumber} PP${item.partner.number}`
          : `${item.kind} P${item.periodNumber} ${item.partners.map((partner) => `PP${partner.number}`).join(" ")}`,
    );

describe("findReviewQueue", () => {
  it("gives the lead what waits, oldest first: the reports missing past a period's first deadline, then what was sent", async () => {
    const { items, total } = await findReviewQueue(consortium.lead, today);
    expect(describeItems(items, consortium.project.id)).toEqual([
      "missingReports P1 PP1 PP3",
      "report P1 PP2",
      "deliverable D1.1",
    ]);
    expect(total).toBe(3);
    expect(items[0]!.since).toEqual(new Date("2025-07-31T00:00:00Z"));
    const report = items.find((item) => item.kind === "report");
    expect(report).toMatchObject({ id: reportId, projectAcronym: consortium.project.acronym });
  });

  it.runIf(countsStatements)(
    "names each item's project from the projects it reviews, not by a query per kind",
    async () => {
      const { items } = await findReviewQueue(consortium.lead, today);
      expect(new Set(items.map((item) => item.projectAcronym))).toEqual(new Set([consortium.project.acronym]));
      // The projects (1); the reports, their periods, partners and organisations (4); when each deliverable was last
      // sent (1); those never sent (1); the past deadlines, their periods, the periods' reports, the projects, their
      // partners and organisations (6); the sent deliverables (1). Each kind named its projects itself before: 17.
      expect(await statementsOf(() => findReviewQueue(consortium.lead, today))).toBe(14);
    },
  );

  it("gives coordinators every project's queue, and nothing of other projects to a lead", async () => {
    const coordinator = await findReviewQueue(consortium.coordinator, today, 1000);
    expect(describeItems(coordinator.items, consortium.project.id)).toHaveLength(3);
    expect(describeItems(coordinator.items, other.project.id)).toEqual(["report P1 PP2"]);
    const lead = await findReviewQueue(consortium.lead, today);
    expect(describeItems(lead.items, other.project.id)).toEqual([]);
  });

  it("gives partners and viewers nothing", async () => {
    expect(await findReviewQueue(consortium.partnerA, today)).toEqual({ items: [], total: 0 });
    expect(await findReviewQueue(consortium.viewer, today)).toEqual({ items: [], total: 0 });
  });

  it("shows the oldest up to the limit and counts them all", async () => {
    const { items, total } = await findReviewQueue(consortium.lead, today, 2);
    expect(describeItems(items, consortium.project.id)).toEqual(["missingReports P1 PP1 PP3", "report P1 PP2"]);
    expect(total).toBe(3);
  });

  it("lets an accepted report leave the queue, and not come back as missing", async () => {
    await changeReportStatus(consortium.lead, {
      projectId: consortium.project.id,
      reportId,
      toStatus: "ACCEPTED",
      comment: null,
    });
    const { items } = await findReviewQueue(consortium.lead, today);
    expect(describeItems(items, consortium.project.id)).toEqual(["missingReports P1 PP1 PP3", "deliverable D1.1"]);
  });

  it("dates a deliverable from when it was last sent to review, or from its last update if that is not recorded, and counts what it does not show", async () => {
    const third = await createConsortium({ startDate: "2025-01-01" });
    const { project } = third;
    const resent = await createDeliverable(third, { number: "D1.1", responsiblePartnerId: project.partnerAId });
    await moveDeliverable(third.lead, { id: resent.id, projectId: project.id }, ["DRAFT", "IN_REVIEW", "DRAFT"]);
    await moveDeliverable(third.lead, { id: resent.id, projectId: project.id }, ["IN_REVIEW"]);
    const changes = await db.deliverableStatusChange.findMany({
      where: { deliverableId: resent.id, toStatus: "IN_REVIEW" },
      orderBy: { createdAt: "asc" },
    });
    // Sent in January, returned, sent again in March.
    await db.deliverableStatusChange.update({
      where: { id: changes[0]!.id },
      data: { createdAt: new Date("2026-01-10T00:00:00Z") },
    });
    await db.deliverableStatusChange.update({
      where: { id: changes[1]!.id },
      data: { createdAt: new Date("2026-03-10T00:00:00Z") },
    });
    // Another whose change was not recorded (as from an import), last updated in February.
    const unrecorded = await createDeliverable(third, { number: "D1.2", responsiblePartnerId: project.partnerAId });
    await db.deliverable.update({
      where: { id: unrecorded.id },
      data: { status: "IN_REVIEW", updatedAt: new Date("2026-02-10T00:00:00Z") },
    });

    // A third sent in June, and two partner reports submitted in April and May.
    const later = await createDeliverable(third, { number: "D1.3", responsiblePartnerId: project.partnerAId });
    await moveDeliverable(third.lead, { id: later.id, projectId: project.id }, ["DRAFT", "IN_REVIEW"]);
    await db.deliverableStatusChange.updateMany({
      where: { deliverableId: later.id, toStatus: "IN_REVIEW" },
      data: { createdAt: new Date("2026-06-10T00:00:00Z") },
    });
    for (const [user, partnerId, submittedAt] of [
      [third.partnerA, project.partnerAId, "2026-04-10"],
      [third.partnerB, project.partnerBId, "2026-05-10"],
    ] as const) {
      const report = await createPartnerReport(third, user, partnerId, { submitted: true });
      await db.partnerReport.update({
        where: { id: report.id },
        data: { submittedAt: new Date(`${submittedAt}T00:00:00Z`) },
      });
    }

    const { items, total } = await findReviewQueue(third.lead, today);
    expect(describeItems(items, project.id)).toEqual([
      "deliverable D1.2",
      "deliverable D1.1",
      "report P1 PP2",
      "report P1 PP3",
      "deliverable D1.3",
    ]);
    expect(items.slice(0, 2).map((item) => item.since)).toEqual([
      new Date("2026-02-10T00:00:00Z"),
      new Date("2026-03-10T00:00:00Z"),
    ]);
    expect(total).toBe(5);
    // With one shown, the rest are counted, not loaded.
    const first = await findReviewQueue(third.lead, today, 1);
    expect(describeItems(first.items, project.id)).toEqual(["deliverable D1.2"]);
    expect(first.total).toBe(5);
  });
});
