import { beforeEach, describe, expect, it, vi } from "vitest";
import type { DeliverableStatus } from "@/generated/prisma/enums";
import { db } from "@/test/db";
import {
  createConsortium,
  createDeliverable,
  createOutsidePartner,
  attachDocument,
  createWorkPackage,
  moveDeliverable,
  type Consortium,
} from "@/test/factories";
import { snapshotDatabase } from "@/test/db-snapshot";
import { countsStatements, wholeTableReadsOf } from "@/test/statement-count";
import { sessionMock, signInForTest } from "@/test/session-mock";
import { findProjectDeliverables, getDeliverableDetail } from "@/lib/dal/deliverables";
import { STEPS_FROM_PENDING } from "@/lib/workflow/deliverable-status";
import { DELIVERABLES_PAGE_SIZE } from "@/lib/validation/deliverable";
import {
  addDeliverableCommentAction,
  bulkChangeDeliverableStatusAction,
  changeDeliverableStatusAction,
} from "./deliverables";
import { deleteDeliverableAction, saveDeliverableAction } from "./deliverables";

vi.mock("@/lib/auth/session", () => sessionMock);

let consortium: Consortium;
let PROJECT: string;
const ids = new Map<string, string>();
const id = (number: string) => ids.get(number)!;
const statusOf = async (number: string) =>
  (await db.deliverable.findUniqueOrThrow({ where: { id: id(number) } })).status;
const versionOf = async (number: string) =>
  (await db.deliverable.findUniqueOrThrow({ where: { id: id(number) } })).version;
/** Asks to move a deliverable, as seen now, to `toStatus`, naming `projectId` (its own unless given). */
const moveTo = async (number: string, toStatus: DeliverableStatus, projectId = PROJECT) =>
  changeDeliverableStatusAction({ projectId, deliverableId: id(number), toStatus, version: await versionOf(number) });

/**
 * A project started in January 2025 whose deliverables stand as a lead finds them: partner A owes D2.x, partner B
 * D3.x and D4.2, the lead partner D1.1 and D4.3.
 */
beforeEach(async () => {
  consortium = await createConsortium({ startDate: "2025-01-01" });
  PROJECT = consortium.project.id;
  const { leadPartnerId, partnerAId, partnerBId, workPackageId } = consortium.project;
  const workPackages = [workPackageId];
  for (const number of [2, 3, 4]) workPackages.push((await createWorkPackage(consortium.lead, PROJECT, number)).id);
  const plan: [string, string, number, DeliverableStatus][] = [
    ["D1.1", leadPartnerId, 2, "APPROVED"],
    ["D2.1", partnerAId, 6, "APPROVED"],
    ["D2.2", partnerAId, 8, "IN_REVIEW"],
    ["D2.3", partnerAId, 8, "DRAFT"],
    ["D2.4", partnerAId, 7, "DRAFT"],
    ["D3.1", partnerBId, 10, "DRAFT"],
    ["D3.2", partnerBId, 12, "DRAFT"],
    ["D4.2", partnerBId, 14, "SUBMITTED"],
    ["D4.3", leadPartnerId, 20, "PENDING"],
  ];
  await Promise.all(
    plan.map(async ([number, responsiblePartnerId, dueMonth, status]) => {
      const deliverable = await createDeliverable(consortium, {
        number,
        responsiblePartnerId,
        dueMonth,
        workPackageId: workPackages[Number(number[1]) - 1],
      });
      ids.set(number, deliverable.id);
      await moveDeliverable(consortium.lead, { id: deliverable.id, projectId: PROJECT }, STEPS_FROM_PENDING[status], {
        comment: status === "REJECTED" ? "Incomplete." : null,
        lateJustification: "The data came late.",
      });
    }),
  );
});

describe("submitting without a document", () => {
  /** A deliverable of `type` in review with nothing uploaded (moved by the action, which attaches nothing). */
  async function inReviewWithoutDocument(number: string, type: "R" | "DEC") {
    const saved = await saveDeliverableAction({
      projectId: PROJECT,
      workPackageId: consortium.project.workPackageId,
      number,
      title: `Deliverable ${number}`,
      responsiblePartnerId: consortium.project.leadPartnerId,
      type,
      dissemination: "PU",
      dueMonth: 24,
    });
    expect(saved).toMatchObject({ ok: true });
    const created = (saved as { data: { id: string } }).data.id;
    ids.set(number, created);
    expect(await moveTo(number, "DRAFT")).toMatchObject({ ok: true });
    expect(await moveTo(number, "IN_REVIEW")).toMatchObject({ ok: true });
    return created;
  }
  /** Submits it with a late justification, whichever side of its due date the test runs. */
  const submit = async (number: string, comment?: string) =>
    changeDeliverableStatusAction({
      projectId: PROJECT,
      deliverableId: id(number),
      toStatus: "SUBMITTED",
      version: await versionOf(number),
      lateJustification: "The partners' data came late.",
      comment,
    });

  it("refuses a report with nothing uploaded, and does not offer it Submit; with a document it goes", async () => {
    signInForTest(consortium.lead);
    const deliverableId = await inReviewWithoutDocument("D1.7", "R");
    expect(await submit("D1.7")).toMatchObject({
      ok: false,
      error: expect.stringContaining("Upload the document first"),
    });
    expect(await statusOf("D1.7")).toBe("IN_REVIEW");
    const detail = await getDeliverableDetail(consortium.lead, PROJECT, deliverableId);
    expect(detail!.moves.map((move) => move.to)).not.toContain("SUBMITTED");
    expect(detail!.submitNeeds).toBe("document");

    await attachDocument(consortium.lead, deliverableId);
    expect(await submit("D1.7")).toMatchObject({ ok: true });
  });

  it("submits a website with nothing uploaded only with a comment saying where it is", async () => {
    signInForTest(consortium.lead);
    const deliverableId = await inReviewWithoutDocument("D1.8", "DEC");
    const detail = await getDeliverableDetail(consortium.lead, PROJECT, deliverableId);
    expect(detail!.moves.find((move) => move.to === "SUBMITTED")).toMatchObject({ needsComment: true });
    expect(detail!.submitNeeds).toBe("whereItIs");
    expect(await submit("D1.8")).toMatchObject({
      ok: false,
      error: expect.stringContaining("Say in the comment where it is"),
    });
    expect(await submit("D1.8", "Online at https://danube-ict.example/map")).toMatchObject({ ok: true });
  });
});

describe("changing a deliverable's status", () => {
  it("the lead submits an overdue deliverable only with a justification, and the step is recorded", async () => {
    signInForTest(consortium.lead);
    const base = {
      projectId: PROJECT,
      deliverableId: id("D2.2"),
      toStatus: "SUBMITTED" as const,
      version: await versionOf("D2.2"),
    };
    expect(await changeDeliverableStatusAction(base)).toMatchObject({
      ok: false,
      code: "VALIDATION",
      error: expect.stringContaining("justify"),
    });
    expect(await changeDeliverableStatusAction({ ...base, lateJustification: "Data arrived late." })).toMatchObject({
      ok: true,
    });

    const saved = await db.deliverable.findUniqueOrThrow({
      where: { id: id("D2.2") },
      include: { statusChanges: { orderBy: { createdAt: "desc" }, take: 1 } },
    });
    expect(saved).toMatchObject({ status: "SUBMITTED", lateJustification: "Data arrived late." });
    expect(saved.submittedAt).not.toBeNull();
    expect(saved.statusChanges[0]).toMatchObject({ fromStatus: "IN_REVIEW", toStatus: "SUBMITTED" });
    const audit = await db.auditEvent.findFirst({
      where: { entityId: id("D2.2"), action: "deliverable.status" },
      orderBy: { createdAt: "desc" },
    });
    expect(JSON.parse(audit!.after!)).toMatchObject({ status: "SUBMITTED" });
  });

  it("a partner cannot approve, even by a hand-made request, and nothing changes", async () => {
    signInForTest(consortium.partnerA);
    const before = await snapshotDatabase();
    const result = await moveTo("D4.2", "APPROVED");
    expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await snapshotDatabase()).toEqual(before);
    expect(await statusOf("D4.2")).toBe("SUBMITTED");
  });

  it("a partner moves its own draft to review, but not another partner's", async () => {
    signInForTest(consortium.partnerA);
    expect(await moveTo("D2.3", "IN_REVIEW")).toMatchObject({ ok: true });
    expect(await moveTo("D3.1", "IN_REVIEW")).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await statusOf("D3.1")).toBe("DRAFT");
  });

  it("a partner of another organisation is told the deliverable does not exist", async () => {
    const outsider = await createOutsidePartner(consortium.admin);
    signInForTest(outsider.user);
    const before = await snapshotDatabase();
    expect(await moveTo("D2.3", "IN_REVIEW")).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(
      await addDeliverableCommentAction({ projectId: PROJECT, deliverableId: id("D2.3"), body: "Hello" }),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
    // Naming its own project does not help: the deliverable is looked up inside it.
    expect(await moveTo("D2.3", "IN_REVIEW", outsider.projectId)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await snapshotDatabase()).toEqual(before);
  });

  it("a viewer and a coordinator read but cannot move anything", async () => {
    for (const user of [consortium.viewer, consortium.coordinator]) {
      signInForTest(user);
      expect(await moveTo("D2.3", "IN_REVIEW")).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await statusOf("D2.3")).toBe("DRAFT");
  });

  it("a viewer cannot comment; a partner of the project can", async () => {
    signInForTest(consortium.viewer);
    const before = await snapshotDatabase();
    expect(
      await addDeliverableCommentAction({ projectId: PROJECT, deliverableId: id("D2.3"), body: "Hello" }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await snapshotDatabase()).toEqual(before);
    signInForTest(consortium.partnerA);
    expect(
      await addDeliverableCommentAction({ projectId: PROJECT, deliverableId: id("D2.3"), body: "Draft uploaded" }),
    ).toMatchObject({ ok: true });
    expect(await db.deliverableComment.count({ where: { deliverableId: id("D2.3") } })).toBe(1);
  });

  it("a stale version is a conflict that shows the current state and keeps the first change", async () => {
    signInForTest(consortium.lead);
    const seen = await versionOf("D3.1");
    expect(
      await changeDeliverableStatusAction({
        projectId: PROJECT,
        deliverableId: id("D3.1"),
        toStatus: "IN_REVIEW",
        version: seen,
      }),
    ).toMatchObject({ ok: true });
    const second = await changeDeliverableStatusAction({
      projectId: PROJECT,
      deliverableId: id("D3.1"),
      toStatus: "IN_REVIEW",
      version: seen,
    });
    expect(second).toMatchObject({ ok: false, code: "CONFLICT", error: expect.stringContaining("status in review") });
    expect(await statusOf("D3.1")).toBe("IN_REVIEW");
  });

  it("two simultaneous edits of the plan: the second is refused and the first one's values stay", async () => {
    signInForTest(consortium.lead);
    const current = await db.deliverable.findUniqueOrThrow({ where: { id: id("D3.2") } });
    const edit = {
      projectId: PROJECT,
      id: current.id,
      workPackageId: current.workPackageId,
      number: current.number,
      responsiblePartnerId: current.responsiblePartnerId,
      type: current.type,
      dissemination: current.dissemination,
      dueMonth: current.dueMonth,
      version: current.version,
    };
    const [first, second] = [
      await saveDeliverableAction({ ...edit, title: "First" }),
      await saveDeliverableAction({ ...edit, title: "Second" }),
    ];
    expect(first.ok).toBe(true);
    expect(second).toMatchObject({ ok: false, code: "CONFLICT" });
    expect((await db.deliverable.findUniqueOrThrow({ where: { id: id("D3.2") } })).title).toBe("First");
  });
});

describe("bulk status change", () => {
  it("changes all of them in one go", async () => {
    await db.notification.deleteMany();
    signInForTest(consortium.lead);
    const result = await bulkChangeDeliverableStatusAction({
      projectId: PROJECT,
      deliverableIds: [id("D2.3"), id("D3.1")],
      toStatus: "IN_REVIEW",
    });
    expect(result).toEqual({ ok: true, data: { count: 2 } });
    expect([await statusOf("D2.3"), await statusOf("D3.1")]).toEqual(["IN_REVIEW", "IN_REVIEW"]);
    // Partner A's people hear of their D2.3 only; the lead who made the change hears of neither.
    const partnerA = await db.notification.findMany({
      where: { userId: consortium.partnerA.id, kind: "DELIVERABLE_STATUS_CHANGED" },
    });
    expect(partnerA.map((notification) => JSON.parse(notification.params).number)).toEqual(["D2.3"]);
    expect(await db.notification.count({ where: { userId: consortium.lead.id } })).toBe(0);
  });

  it.runIf(countsStatements)(
    "counts the documents of the deliverables it moves, not of every deliverable",
    async () => {
      signInForTest(consortium.lead);
      const tables = await wholeTableReadsOf(() =>
        bulkChangeDeliverableStatusAction({
          projectId: PROJECT,
          deliverableIds: [id("D2.3"), id("D3.1")],
          toStatus: "IN_REVIEW",
        }),
      );
      expect([await statusOf("D2.3"), await statusOf("D3.1")]).toEqual(["IN_REVIEW", "IN_REVIEW"]);
      expect(tables).not.toContain("Document");
    },
  );

  it("changes none of them when one move is not allowed", async () => {
    signInForTest(consortium.lead);
    const before = await snapshotDatabase();
    const result = await bulkChangeDeliverableStatusAction({
      projectId: PROJECT,
      deliverableIds: [id("D2.3"), id("D3.1"), id("D1.1")],
      toStatus: "IN_REVIEW",
    });
    expect(result).toMatchObject({ ok: false, error: "D1.1: A deliverable cannot go from approved to in review." });
    expect(await snapshotDatabase()).toEqual(before);
  });

  it("refuses an empty or oversized selection with a clear message", async () => {
    signInForTest(consortium.lead);
    expect(
      await bulkChangeDeliverableStatusAction({ projectId: PROJECT, deliverableIds: [], toStatus: "DRAFT" }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { deliverableIds: ["Select at least one deliverable."] },
    });
    const tooMany = Array.from({ length: 201 }, (_, index) => `x${index}`);
    expect(
      await bulkChangeDeliverableStatusAction({ projectId: PROJECT, deliverableIds: tooMany, toStatus: "DRAFT" }),
    ).toMatchObject({ ok: false, code: "VALIDATION" });
  });
});

describe("the lead's list", () => {
  const utc = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);
  const numbers = async (filters: object, today = utc("2026-11-24")) =>
    (await findProjectDeliverables(consortium.lead, PROJECT, filters, today)).rows.map((row) => row.number).sort();

  it("filters overdue items: open and past their due date", async () => {
    expect(await numbers({ due: "overdue" })).toEqual(["D2.2", "D2.3", "D2.4", "D3.1", "D3.2", "D4.3"]);
    // On 31 August 2025 (end of M8) D2.2 and D2.3 are due that very day: not yet overdue.
    expect(await numbers({ due: "overdue" }, utc("2025-08-31"))).toEqual(["D2.4"]);
  });

  it("filters what falls due in the next 30, 60 or 90 days", async () => {
    expect(await numbers({ due: "30" }, utc("2025-08-05"))).toEqual(["D2.2", "D2.3"]);
    // D3.1 is due on 31 Oct 2025: 87 days after 5 August.
    expect(await numbers({ due: "90" }, utc("2025-08-05"))).toEqual(["D2.2", "D2.3", "D3.1"]);
    expect(await numbers({ due: "60" }, utc("2025-08-05"))).toEqual(["D2.2", "D2.3"]);
  });

  it("filters by responsible partner and status", async () => {
    expect(await numbers({ partner: consortium.project.partnerAId })).toEqual(["D2.1", "D2.2", "D2.3", "D2.4"]);
    expect(await numbers({ status: "APPROVED" })).toEqual(["D1.1", "D2.1"]);
  });

  it("pages a long list by a hundred, counting them all, and shows them all when asked", async () => {
    const { project } = consortium;
    await db.deliverable.createMany({
      data: Array.from({ length: DELIVERABLES_PAGE_SIZE + 5 }, (_, index) => ({
        projectId: project.id,
        workPackageId: project.workPackageId,
        number: `D9.${index + 1}`,
        title: `Deliverable ${index + 1}`,
        responsiblePartnerId: project.partnerBId,
        type: "R" as const,
        dueMonth: 20,
      })),
    });
    const list = (filters: object) => findProjectDeliverables(consortium.lead, PROJECT, filters);
    const first = await list({ partner: project.partnerBId });
    const total = await db.deliverable.count({
      where: { projectId: PROJECT, responsiblePartnerId: project.partnerBId },
    });
    expect(first).toMatchObject({ total, page: 1, pageCount: 2 });
    expect(first.rows).toHaveLength(DELIVERABLES_PAGE_SIZE);
    const second = await list({ partner: project.partnerBId, page: 2 });
    expect(second.rows).toHaveLength(total - DELIVERABLES_PAGE_SIZE);
    expect(new Set([...first.rows, ...second.rows].map((row) => row.id)).size).toBe(total);
    const all = await list({ partner: project.partnerBId, all: "1" });
    expect(all).toMatchObject({ total, page: 1, pageCount: 1 });
    expect(all.rows).toHaveLength(total);
  });
});

describe("planning deliverables", () => {
  it("the lead adds a deliverable; a duplicate number or a month past the end changes nothing", async () => {
    signInForTest(consortium.lead);
    const input = {
      projectId: PROJECT,
      workPackageId: consortium.project.workPackageId,
      number: "d1.4",
      title: "Extra report",
      responsiblePartnerId: consortium.project.leadPartnerId,
      type: "R",
      dissemination: "PU",
      dueMonth: "12",
    } as const;
    expect(await saveDeliverableAction(input)).toMatchObject({ ok: true });
    const saved = await db.deliverable.findUniqueOrThrow({
      where: { projectId_number: { projectId: PROJECT, number: "D1.4" } },
    });
    expect(saved.dueMonth).toBe(12);

    const before = await snapshotDatabase();
    expect(await saveDeliverableAction(input)).toMatchObject({
      ok: false,
      fieldErrors: { number: ["The project already has a deliverable D1.4."] },
    });
    expect(await saveDeliverableAction({ ...input, number: "D1.5", dueMonth: "25" })).toMatchObject({
      ok: false,
      fieldErrors: { dueMonth: ["M25 is after the project's last month, M24."] },
    });
    expect(await saveDeliverableAction({ ...input, number: "D2.5" })).toMatchObject({
      ok: false,
      fieldErrors: { number: [expect.stringContaining("WP2")] },
    });
    expect(await snapshotDatabase()).toEqual(before);
  });

  it("a deliverable with a status history cannot be deleted", async () => {
    signInForTest(consortium.lead);
    const result = await deleteDeliverableAction({ projectId: PROJECT, id: id("D2.2") });
    expect(result).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await db.deliverable.count({ where: { id: id("D2.2") } })).toBe(1);
  });
});
