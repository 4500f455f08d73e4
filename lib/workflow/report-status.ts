/**
 * Partner reports: DRAFT → SUBMITTED → ACCEPTED, or RETURNED (with the lead's comment) → SUBMITTED again.
 * The partner edits and submits its own organisation's report; the project lead accepts or returns it.
 */
import type { PartnerReportStatus } from "@/generated/prisma/enums";

export type ReportActor = "LEAD" | "OWN_PARTNER";

/** `label`: the button's words, a key of the Report.moves messages. */
export type ReportMove = {
  to: PartnerReportStatus;
  label: "submit" | "resubmit" | "accept" | "returnToPartner";
  actor: ReportActor;
  needsComment?: boolean;
};

const MOVES: Record<PartnerReportStatus, ReportMove[]> = {
  DRAFT: [{ to: "SUBMITTED", label: "submit", actor: "OWN_PARTNER" }],
  RETURNED: [{ to: "SUBMITTED", label: "resubmit", actor: "OWN_PARTNER" }],
  SUBMITTED: [
    { to: "ACCEPTED", label: "accept", actor: "LEAD" },
    { to: "RETURNED", label: "returnToPartner", actor: "LEAD", needsComment: true },
  ],
  ACCEPTED: [],
};

export function reportMoves(status: PartnerReportStatus, actors: ReportActor[]): ReportMove[] {
  return MOVES[status].filter((move) => actors.includes(move.actor));
}

/** A partner may change its report (summary, files) only while it is with the partner. */
export function isReportEditable(status: PartnerReportStatus): boolean {
  return status === "DRAFT" || status === "RETURNED";
}
