import { beforeAll, describe, expect, it } from "vitest";
import {
  createConsortium,
  createDeliverable,
  createMilestone,
  createPartnerReport,
  createReportDeadline,
  moveDeliverable,
  type Consortium,
} from "@/test/factories";
import { changeReportStatus } from "./partner-reports";
import { findDueNext, findMyProjects, type DueItem } from "./dashboard";

const utc = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

/** Started in January 2025: what partner A and B owe, the lead's milestones and the two report deadlines. */
let first: Consortium;
/** Started in June 2025, so that its months fall on other dates. */
let second: Consortium;

beforeAll(async () => {
  [first, second] = await Promise.all([
    createConsortium({ startDate: "2025-01-01" }),
    createConsortium({ startDate: "2025-06-01" }),
  ]);
  const { partnerAId, partnerBId, periodIds } = first.project;
  for (const [number, responsiblePartnerId, dueMonth] of [
    ["D1.1", partnerAId, 8],
    ["D1.2", partnerAId, 10],
    ["D1.3", partnerAId, 20],
    ["D1.4", partnerBId, 9],
    ["D1.5", partnerBId, 13],
    ["D1.6", partnerBId, 14],
  ] as const) {
    const { id } = await createDeliverable(first, { number, responsiblePartnerId, dueMonth });
    if (number === "D1.3") {
      await moveDeliverable(
        first.lead,
        { id, projectId: first.project.id },
        ["DRAFT", "IN_REVIEW", "SUBMITTED", "APPROVED"],
        {
          lateJustification: "Waited for the partners' data.",
        },
      );
    }
  }
  await createMilestone(first, { number: 1, dueMonth: 6, achievedOn: "2025-06-20" });
  await createMilestone(first, { number: 2, dueMonth: 12 });
  await createMilestone(first, { number: 3, dueMonth: 14 });
  await createReportDeadline(first, periodIds[0], "2026-02-28");
  await createReportDeadline(first, periodIds[1], "2027-01-31");
  // Partner A has sent its P2 report, and it was accepted; its P1 report is still owed.
  const report = await createPartnerReport(first, first.partnerA, partnerAId, {
    periodId: periodIds[1],
    submitted: true,
  });
  await changeReportStatus(first.lead, {
    projectId: first.project.id,
    reportId: report.id,
    toStatus: "ACCEPTED",
    comment: null,
  });

  for (const [number, dueMonth] of [
    ["D1.1", 3],
    ["D1.2", 5],
    ["D1.3", 7],
    ["D1.4", 9],
  ] as const) {
    await createDeliverable(second, { number, responsiblePartnerId: second.project.partnerAId, dueMonth });
  }
  await createMilestone(second, { number: 1, dueMonth: 6 });
});

describe("findDueNext", () => {
  it("shows a partner only what its own organisation owes: its deliverables and unsubmitted reports", async () => {
    const items = await findDueNext(first.partnerA, 50, utc("2026-11-24"));
    // D1.3 is approved, D1.4 to D1.6 are partner B's, the P2 report was accepted.
    expect(items.map((item) => item.label)).toEqual(["D1.1", "D1.2", "P1"]);
    expect(items.every((item) => item.projectAcronym === first.project.acronym)).toBe(true);
    // Data, not text: the page words it in the reader's language.
    expect(items.find((item) => item.label === "P1")).toMatchObject({
      kind: "report",
      title: null,
      report: { periodNumber: 1 },
      dueDate: utc("2026-02-28"),
      isOverdue: true,
    });
  });

  it("derives due dates from the project start and marks overdue items", async () => {
    const [item] = await findDueNext(first.partnerA, 1, utc("2026-11-24"));
    expect(item).toMatchObject({ label: "D1.1", dueMonth: 8, dueDate: utc("2025-08-31"), isOverdue: true });
  });

  it("gives a lead the open deliverables and milestones of their projects, earliest first", async () => {
    const items = await findDueNext(first.lead, 50, utc("2026-11-24"));
    expect(new Set(items.map((item) => item.projectAcronym))).toEqual(new Set([first.project.acronym]));
    expect(items.map((item) => item.label)).toContain("MS2");
    expect(items.map((item) => item.label)).not.toContain("D1.3"); // approved
    expect(items.map((item) => item.label)).not.toContain("MS1"); // reached
    const times = items.map((item) => item.dueDate.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it("looks three months ahead and no further", async () => {
    // On 10 Oct 2025 the first project is in M10, so M13 is the horizon (D1.6 and MS3 are M14).
    const items = await findDueNext(first.lead, 50, utc("2025-10-10"));
    expect(items.map((item) => item.label).sort()).toEqual(["D1.1", "D1.2", "D1.4", "D1.5", "MS2"]);
    expect(
      items
        .filter((item) => item.isOverdue)
        .map((item) => item.label)
        .sort(),
    ).toEqual(["D1.1", "D1.4"]);
  });

  it("respects the limit", async () => {
    expect(await findDueNext(first.admin, 3, utc("2026-11-24"))).toHaveLength(3);
  });

  it("with any limit, gives exactly the start of the whole list across projects of different start dates", async () => {
    for (const today of [utc("2025-09-01"), utc("2026-11-24"), utc("2026-12-20")]) {
      const whole = (await findDueNext(first.admin, 1000, today)).map(
        (item) => `${item.dueDate.toISOString()} ${item.projectAcronym} ${item.label}`,
      );
      expect(whole.length).toBeGreaterThan(5);
      for (const limit of [1, 2, 3, 5, 8, 13, 21]) {
        const limited = (await findDueNext(first.admin, limit, today)).map(
          (item) => `${item.dueDate.toISOString()} ${item.projectAcronym} ${item.label}`,
        );
        expect(limited, `${limit} on ${today.toISOString()}`).toEqual(whole.slice(0, limit));
      }
    }
  });
});

describe("findMyProjects", () => {
  it("lists visible projects, newest first", async () => {
    const projects = await findMyProjects(first.coordinator);
    expect(projects.map((project) => project.acronym)).toEqual([second.project.acronym, first.project.acronym]);
  });
});

// Last: its project is one more that the people of the other tests would see.
describe("findDueNext after a project's end", () => {
  it("leaves out what projects that ended still owe, but for report deadlines ahead such as the final report", async () => {
    const ended = await createConsortium({ startDate: "2022-01-01" });
    const { partnerAId, periodIds, acronym } = ended.project;
    await createDeliverable(ended, { number: "D1.9", responsiblePartnerId: partnerAId, dueMonth: 24 });
    await createReportDeadline(ended, periodIds[0], "2023-01-31");
    await createReportDeadline(ended, periodIds[1], "2024-02-29");
    const labels = (items: DueItem[]) =>
      items.filter((item) => item.projectAcronym === acronym).map((item) => item.label);

    expect(labels(await findDueNext(ended.admin, 1000, utc("2023-12-31")))).toEqual(["D1.9", "P2"]);
    expect(labels(await findDueNext(ended.admin, 1000, utc("2024-01-01")))).toEqual(["P2"]);
    // The partner owes P1 (overdue) and P2 while the project runs; once it ended, only P2, still ahead.
    expect(labels(await findDueNext(ended.partnerA, 1000, utc("2023-12-31")))).toEqual(["P1", "D1.9", "P2"]);
    expect(labels(await findDueNext(ended.partnerA, 1000, utc("2024-01-01")))).toEqual(["P2"]);
  });
});

describe("findDueNext across more projects than the limit", () => {
  it("still gives exactly the start of the whole list, whichever projects it comes from", async () => {
    // Four more projects, a month apart, each with its first deliverable a month later than the one before.
    const more = await Promise.all(
      ["2025-02-01", "2025-03-01", "2025-04-01", "2025-05-01"].map((startDate) => createConsortium({ startDate })),
    );
    for (const [index, consortium] of more.entries())
      for (const dueMonth of [1 + index, 2 + index, 9])
        await createDeliverable(consortium, {
          number: `D1.${dueMonth}`,
          responsiblePartnerId: consortium.project.partnerAId,
          dueMonth,
        });
    const today = utc("2026-11-24");
    const listed = (items: DueItem[]) =>
      items.map((item) => `${item.dueDate.toISOString()} ${item.projectAcronym} ${item.label}`);
    const whole = listed(await findDueNext(first.admin, 1000, today));
    expect(whole.length).toBeGreaterThan(12);
    for (const limit of [1, 2, 3, 4, 5, 6, 8, 10])
      expect(listed(await findDueNext(first.admin, limit, today)), `limit ${limit}`).toEqual(whole.slice(0, limit));
  });
});
