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

/** The kinds of record the history can be filtered by, with their names. */
export const HISTORY_ENTITIES = ["project", "partner", "period", "work-package", "deliverable", "milestone"].map((value) => ({
  value,
  label: RECORD_NAMES[value]!.replace(/^./, (first) => first.toUpperCase()) + "s",
}));

function parse(snapshot: string | null): Record<string, unknown> {
  if (!snapshot) return {};
  try {
    const value = JSON.parse(snapshot) as unknown;
    return value && typeof value === "object" ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const statusLabel = (value: unknown) => DELIVERABLE_STATUS_LABELS[value as keyof typeof DELIVERABLE_STATUS_LABELS] ?? String(value);

/** One line a person can read: "D2.2: In review → Submitted", "Created deliverable D1.4". */
export function describeAuditEvent(event: { action: string; before: string | null; after: string | null }): string {
  const [record = "", verb = ""] = event.action.split(".");
  const before = parse(event.before);
  const after = parse(event.after);
  const name = after.number ?? before.number ?? after.title ?? before.title ?? after.name ?? before.name ?? after.acronym ?? "";
  if (event.action === "deliverable.status") {
    return `${String(name)}: ${statusLabel(before.status)} → ${statusLabel(after.status)}${after.comment ? ` (“${String(after.comment)}”)` : ""}`;
  }
  const subject = `${RECORD_NAMES[record] ?? record}${name ? ` ${String(name)}` : ""}`;
  if (verb === "comment") return `Commented on ${subject}: “${String(after.comment ?? "")}”`;
  return `${VERBS[verb] ?? verb} ${subject}`.trim();
}
