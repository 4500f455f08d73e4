/**
 * Partner reports: DRAFT → SUBMITTED → ACCEPTED, or RETURNED (with the lead's comment) → SUBMITTED again.
 * The partner edits and submits its own organisation's report; the project lead accepts or returns it.
 */
import type { PartnerReportStatus } from "@/generated/prisma/enums";

export type ReportActor = "LEAD" | "OWN_PARTNER";

export type ReportMove = { to: PartnerReportStatus; label: string; actor: ReportActor; needsComment?: boolean };

const MOVES: Record<PartnerReportStatus, ReportMove[]> = {
  DRAFT: [{ to: "SUBMITTED", label: "Submit the report", actor: "OWN_PARTNER" }],
  RETURNED: [{ to: "SUBMITTED", label: "Resubmit the report", actor: "OWN_PARTNER" }],
  SUBMITTED: [
    { to: "ACCEPTED", label: "Accept", actor: "LEAD" },
    { to: "RETURNED", label: "Return to the partner", actor: "LEAD", needsComment: true },
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
