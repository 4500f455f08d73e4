import { DELIVERABLE_STATUS_LABELS } from "./labels";

const RECORD_NAMES: Record<string, string> = {
  deliverable: "deliverable",
  "work-package": "work package",
  milestone: "milestone",
  period: "reporting period",
  partner: "partner",
  project: "project",
  programme: "programme",
  call: "call",
  organisation: "organisation",
  user: "user",
};

const VERBS: Record<string, string> = {
  create: "Created",
  update: "Changed",
  delete: "Deleted",
  remove: "Removed",
  archive: "Archived",
  invite: "Invited",
  comment: "Commented on",
  deactivate: "Deactivated",
  reactivate: "Reactivated",
  "accept-invitation": "Accepted the invitation of",
};

/** The kinds of record the history can be filtered by. */
export const HISTORY_ENTITIES = ["project", "partner", "period", "work-package", "deliverable", "milestone"];

function parse(snapshot: string | null): Record<string, unknown> {
  if (!snapshot) return {};
  try {
    const value = JSON.parse(snapshot) as unknown;
    return value && typeof value === "object" ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** What was done to a partner report, named with its period and partner ({period}, {partner}, {file}). */
const REPORT_EVENTS: Record<string, string> = {
  create: "Started the P{period} report of {partner}",
  update: "Changed the summary of the P{period} report of {partner}",
  upload: "Uploaded {file} to the P{period} report of {partner}",
  SUBMITTED: "Submitted the P{period} report of {partner}",
  ACCEPTED: "Accepted the P{period} report of {partner}",
  RETURNED: "Returned the P{period} report of {partner}",
};

/** The words an event line is made of, in one language; English unless a page passes its own. */
export type AuditWords = {
  records: Record<string, string>;
  verbs: Record<string, string>;
  statuses: Record<string, string>;
  reportEvents: Record<string, string>;
};

const ENGLISH: AuditWords = {
  records: RECORD_NAMES,
  verbs: VERBS,
  statuses: DELIVERABLE_STATUS_LABELS,
  reportEvents: REPORT_EVENTS,
};

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));

/**
 * One line a person can read: "D2.2: In review → Submitted", "Created deliverable D1.4", "Returned the P2 report
 * of Sofia Digital Cluster" (for a report event given its `report`).
 */
export function describeAuditEvent(
  event: { action: string; before: string | null; after: string | null; report?: { period: number; partner: string } },
  words: AuditWords = ENGLISH,
): string {
  const statusLabel = (value: unknown) => words.statuses[String(value)] ?? String(value);
  const [record = "", verb = ""] = event.action.split(".");
  const before = parse(event.before);
  const after = parse(event.after);
  if (record === "report" && event.report) {
    const template = words.reportEvents[verb === "status" ? String(after.status) : verb];
    if (template) {
      const line = fill(template, { ...event.report, file: String(after.file ?? "") });
      return after.comment && verb === "status" ? `${line} (“${String(after.comment)}”)` : line;
    }
  }
  const name =
    after.number ?? before.number ?? after.title ?? before.title ?? after.name ?? before.name ?? after.acronym ?? "";
  if (event.action === "deliverable.status") {
    return `${String(name)}: ${statusLabel(before.status)} → ${statusLabel(after.status)}${after.comment ? ` (“${String(after.comment)}”)` : ""}`;
  }
  const subject = `${words.records[record] ?? record}${name ? ` ${String(name)}` : ""}`;
  if (verb === "comment") return `${words.verbs.comment} ${subject}: “${String(after.comment ?? "")}”`;
  return `${words.verbs[verb] ?? verb} ${subject}`.trim();
}
