/**
 * The deliverable status machine (after the EU Funding & Tenders portal):
 *
 *   PENDING → DRAFT → IN_REVIEW → SUBMITTED → APPROVED
 *                ↑        │            │
 *                └────────┘            └→ REJECTED → DRAFT
 *
 * The responsible partner moves a deliverable through PENDING, DRAFT and IN_REVIEW (the internal review);
 * the project lead also submits, approves, rejects and reopens. Coordinators and viewers only read.
 */
import type { DeliverableStatus, DeliverableType } from "@/generated/prisma/enums";
import { term, type Message } from "@/lib/i18n/message";

export type DeliverableActor = "LEAD" | "RESPONSIBLE_PARTNER";

/** A step of the machine; the deliverable page words its button (Deliverable.moves). */
export type Transition = {
  from: DeliverableStatus;
  to: DeliverableStatus;
  actors: DeliverableActor[];
  /** A comment is required (rejecting, reopening). */
  needsComment?: boolean;
};

const BOTH: DeliverableActor[] = ["LEAD", "RESPONSIBLE_PARTNER"];
const LEAD_ONLY: DeliverableActor[] = ["LEAD"];

export const TRANSITIONS: Transition[] = [
  { from: "PENDING", to: "DRAFT", actors: BOTH },
  { from: "DRAFT", to: "IN_REVIEW", actors: BOTH },
  { from: "IN_REVIEW", to: "DRAFT", actors: BOTH },
  { from: "IN_REVIEW", to: "SUBMITTED", actors: LEAD_ONLY },
  { from: "SUBMITTED", to: "APPROVED", actors: LEAD_ONLY },
  { from: "SUBMITTED", to: "REJECTED", actors: LEAD_ONLY, needsComment: true },
  { from: "REJECTED", to: "DRAFT", actors: BOTH },
  { from: "SUBMITTED", to: "DRAFT", actors: LEAD_ONLY, needsComment: true },
  { from: "APPROVED", to: "DRAFT", actors: LEAD_ONLY, needsComment: true },
];

/** The usual steps from PENDING to each status: how the demo data and tests bring a deliverable to it. */
export const STEPS_FROM_PENDING: Record<DeliverableStatus, DeliverableStatus[]> = {
  PENDING: [],
  DRAFT: ["DRAFT"],
  IN_REVIEW: ["DRAFT", "IN_REVIEW"],
  SUBMITTED: ["DRAFT", "IN_REVIEW", "SUBMITTED"],
  APPROVED: ["DRAFT", "IN_REVIEW", "SUBMITTED", "APPROVED"],
  REJECTED: ["DRAFT", "IN_REVIEW", "SUBMITTED", "REJECTED"],
};

export function findTransition(from: DeliverableStatus, to: DeliverableStatus): Transition | undefined {
  return TRANSITIONS.find((transition) => transition.from === from && transition.to === to);
}

/** The moves open to someone acting in these capacities. */
export function availableTransitions(from: DeliverableStatus, actors: DeliverableActor[]): Transition[] {
  return TRANSITIONS.filter(
    (transition) => transition.from === from && transition.actors.some((actor) => actors.includes(actor)),
  );
}

/**
 * A refused move says why, and whether it is refused to this person (`forbidden`: someone else may make it)
 * or is not a valid move as asked (`invalid`: a missing comment, or no such step).
 */
export type TransitionCheck =
  { ok: true; transition: Transition } | { ok: false; kind: "forbidden" | "invalid"; reason: Message };

/**
 * Whether a deliverable may be deleted: only one still pending with nothing recorded (`recorded`: its files,
 * status changes and comments). The rest is history and is kept.
 */
export function isDeletable(status: DeliverableStatus, recorded: number): boolean {
  return status === "PENDING" && recorded === 0;
}

/**
 * Deliverables that are documents (reports, plans): they are submitted as files. The others (a demonstrator, a
 * website or event, a data set, software) may instead say where they are, in the comment of the submission.
 */
export const DOCUMENT_DELIVERABLE_TYPES: DeliverableType[] = ["R", "DMP", "ETHICS", "SECURITY"];

/** What a deliverable with nothing uploaded needs before it is submitted: a document, or a word on where it is. */
export function submissionNeeds(type: DeliverableType): "document" | "whereItIs" {
  return DOCUMENT_DELIVERABLE_TYPES.includes(type) ? "document" : "whereItIs";
}

/**
 * Whether this move is allowed. Submitting after the due date needs a justification; rejecting and
 * reopening need a comment; submitting needs a document or, for a deliverable that is not one, a comment saying
 * where it is (when `evidence` is given: the data layer always gives it).
 */
export function checkTransition(input: {
  from: DeliverableStatus;
  to: DeliverableStatus;
  actors: DeliverableActor[];
  isPastDue: boolean;
  comment?: string | null;
  lateJustification?: string | null;
  evidence?: { type: DeliverableType; documents: number };
}): TransitionCheck {
  const transition = findTransition(input.from, input.to);
  if (!transition)
    return {
      ok: false,
      kind: "invalid",
      reason: { key: "deliverableMoveUnknown", values: { from: term(input.from), to: term(input.to) } },
    };
  if (!transition.actors.some((actor) => input.actors.includes(actor))) {
    return {
      ok: false,
      kind: "forbidden",
      reason: { key: transition.actors.includes("RESPONSIBLE_PARTNER") ? "onlyResponsibleOrLead" : "onlyLead" },
    };
  }
  if (transition.needsComment && !input.comment?.trim())
    return { ok: false, kind: "invalid", reason: { key: "sayWhy" } };
  if (input.to === "SUBMITTED" && input.evidence && input.evidence.documents === 0) {
    if (submissionNeeds(input.evidence.type) === "document")
      return { ok: false, kind: "invalid", reason: { key: "uploadBeforeSubmittingDeliverable" } };
    if (!input.comment?.trim()) return { ok: false, kind: "invalid", reason: { key: "sayWhereItIs" } };
  }
  if (input.to === "SUBMITTED" && input.isPastDue && !input.lateJustification?.trim()) {
    return {
      ok: false,
      kind: "invalid",
      reason: { key: "justifyLateSubmission" },
    };
  }
  return { ok: true, transition };
}

/**
 * Deliverables still owed: not yet submitted, or rejected and back with the partner. They count as overdue
 * after their due date, and take new file versions (once submitted, the submitted version is frozen).
 */
export const OPEN_DELIVERABLE_STATUSES: DeliverableStatus[] = ["PENDING", "DRAFT", "IN_REVIEW", "REJECTED"];
