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

/** The words an event line is made of, in one language; English unless a page passes its own. */
export type AuditWords = {
  records: Record<string, string>;
  verbs: Record<string, string>;
  statuses: Record<string, string>;
};

const ENGLISH: AuditWords = { records: RECORD_NAMES, verbs: VERBS, statuses: DELIVERABLE_STATUS_LABELS };

/** One line a person can read: "D2.2: In review → Submitted", "Created deliverable D1.4". */
export function describeAuditEvent(
  event: { action: string; before: string | null; after: string | null },
  words: AuditWords = ENGLISH,
): string {
  const statusLabel = (value: unknown) => words.statuses[String(value)] ?? String(value);
  const [record = "", verb = ""] = event.action.split(".");
  const before = parse(event.before);
  const after = parse(event.after);
  const name =
    after.number ?? before.number ?? after.title ?? before.title ?? after.name ?? before.name ?? after.acronym ?? "";
  if (event.action === "deliverable.status") {
    return `${String(name)}: ${statusLabel(before.status)} → ${statusLabel(after.status)}${after.comment ? ` (“${String(after.comment)}”)` : ""}`;
  }
  const subject = `${words.records[record] ?? record}${name ? ` ${String(name)}` : ""}`;
  if (verb === "comment") return `${words.verbs.comment} ${subject}: “${String(after.comment ?? "")}”`;
  return `${words.verbs[verb] ?? verb} ${subject}`.trim();
}
