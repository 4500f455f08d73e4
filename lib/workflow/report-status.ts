/**
 * Partner reports: DRAFT → SUBMITTED → ACCEPTED, or RETURNED (with the lead's comment) → SUBMITTED again.
 * The partner edits and submits its own organisation's report; the project lead accepts or returns it.
 */
import type { PartnerReportStatus } from "@/generated/prisma/enums";

export type ReportActor = "LEAD" | "OWN_PARTNER";

/** A move open to an actor; the page words its button (Report.moves). */
export type ReportMove = { to: PartnerReportStatus; actor: ReportActor; needsComment?: boolean };

const MOVES: Record<PartnerReportStatus, ReportMove[]> = {
  DRAFT: [{ to: "SUBMITTED", actor: "OWN_PARTNER" }],
  RETURNED: [{ to: "SUBMITTED", actor: "OWN_PARTNER" }],
  SUBMITTED: [
    { to: "ACCEPTED", actor: "LEAD" },
    { to: "RETURNED", actor: "LEAD", needsComment: true },
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
