import { describe, expect, it } from "vitest";
import { availableTransitions, checkTransition, isDeletable } from "./deliverable-status";

describe("the deliverable status machine", () => {
  it("lets only a pending deliverable with nothing recorded be deleted", () => {
    expect(isDeletable("PENDING", 0)).toBe(true);
    expect(isDeletable("PENDING", 1)).toBe(false);
    expect(isDeletable("DRAFT", 0)).toBe(false);
  });

  it("submits a document only with a document, and another deliverable with one or a word on where it is", () => {
    const submit = (type: "R" | "DEC", documents: number, comment: string | null = null) =>
      checkTransition({
        from: "IN_REVIEW",
        to: "SUBMITTED",
        actors: ["LEAD"],
        isPastDue: false,
        comment,
        evidence: { type, documents },
      });
    expect(submit("R", 0)).toMatchObject({ ok: false, reason: { key: "uploadBeforeSubmittingDeliverable" } });
    expect(submit("R", 0, "It is on the shared drive.")).toMatchObject({ ok: false });
    expect(submit("R", 1).ok).toBe(true);
    expect(submit("DEC", 0)).toMatchObject({ ok: false, reason: { key: "sayWhereItIs" } });
    expect(submit("DEC", 0, "https://danube-ict.example").ok).toBe(true);
    expect(submit("DEC", 1).ok).toBe(true);
  });

  it("walks the whole way: pending, draft, review, submitted, approved", () => {
    const path = ["PENDING", "DRAFT", "IN_REVIEW", "SUBMITTED", "APPROVED"] as const;
    for (let step = 0; step < path.length - 1; step++) {
      expect(checkTransition({ from: path[step]!, to: path[step + 1]!, actors: ["LEAD"], isPastDue: false }).ok).toBe(
        true,
      );
    }
  });

  it("lets the responsible partner work on the draft but not submit or approve", () => {
    const partner = ["RESPONSIBLE_PARTNER"] as const;
    expect(checkTransition({ from: "DRAFT", to: "IN_REVIEW", actors: [...partner], isPastDue: false }).ok).toBe(true);
    expect(checkTransition({ from: "IN_REVIEW", to: "SUBMITTED", actors: [...partner], isPastDue: false })).toEqual({
      ok: false,
      kind: "forbidden",
      reason: { key: "onlyLead" },
    });
    expect(checkTransition({ from: "SUBMITTED", to: "APPROVED", actors: [...partner], isPastDue: false }).ok).toBe(
      false,
    );
  });

  it("refuses moves that skip steps, and says which", () => {
    expect(checkTransition({ from: "PENDING", to: "APPROVED", actors: ["LEAD"], isPastDue: false })).toEqual({
      ok: false,
      kind: "invalid",
      reason: { key: "deliverableMoveUnknown", values: { from: { term: "PENDING" }, to: { term: "APPROVED" } } },
    });
    expect(checkTransition({ from: "REJECTED", to: "SUBMITTED", actors: ["LEAD"], isPastDue: false }).ok).toBe(false);
  });

  it("requires a justification to submit late, and a comment to reject or reopen", () => {
    expect(checkTransition({ from: "IN_REVIEW", to: "SUBMITTED", actors: ["LEAD"], isPastDue: true }).ok).toBe(false);
    expect(
      checkTransition({
        from: "IN_REVIEW",
        to: "SUBMITTED",
        actors: ["LEAD"],
        isPastDue: true,
        lateJustification: "Partner illness",
      }).ok,
    ).toBe(true);
    expect(
      checkTransition({ from: "SUBMITTED", to: "REJECTED", actors: ["LEAD"], isPastDue: false, comment: "  " }).ok,
    ).toBe(false);
    expect(
      checkTransition({ from: "APPROVED", to: "DRAFT", actors: ["LEAD"], isPastDue: false, comment: "Typo in annex" })
        .ok,
    ).toBe(true);
  });

  it("sends a rejected deliverable back to draft", () => {
    expect(availableTransitions("REJECTED", ["RESPONSIBLE_PARTNER"]).map((transition) => transition.to)).toEqual([
      "DRAFT",
    ]);
  });

  it("offers nobody anything without a capacity", () => {
    expect(availableTransitions("DRAFT", [])).toEqual([]);
  });
});
