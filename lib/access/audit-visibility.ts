/**
 * Who may read which audit events of a project: the same rules as for the records themselves. Every reader
 * of audit data (the history page, its CSV export, any later export) goes through these two functions.
 *
 * - Those who read all funding (administrators, coordinators, the project's lead) read every event.
 * - Everyone else never reads payments; budget lines and partner reports only of their own organisation;
 *   and partners' budget shares (in partner events, and in the partner lists of project events) only of
 *   their own organisation's events.
 */
import type { Prisma } from "@/generated/prisma/client";
import type { ProjectAccess } from "./permissions";

/** Events about money no one but funding readers sees. */
const FUNDING_ONLY_PREFIXES = ["payment."];
/** Events about one partner's budget or report: readable by that partner's own people as well. */
const PARTNER_OWN_PREFIXES = ["budget.", "report."];
/** Fields of a partner event that carry its budget share. */
const PARTNER_FUNDING_FIELDS = ["budgetAmount"];

/** The Prisma filter of the events this person may read (combined with the page's own filters). */
export function visibleAuditEventsWhere(access: ProjectAccess): Prisma.AuditEventWhereInput {
  if (access.canReadAllFunding) return {};
  const startsWithAny = (prefixes: string[]) => prefixes.map((prefix) => ({ action: { startsWith: prefix } }));
  return {
    AND: [
      { NOT: { OR: startsWithAny(FUNDING_ONLY_PREFIXES) } },
      {
        OR: [
          { NOT: { OR: startsWithAny(PARTNER_OWN_PREFIXES) } },
          // An empty list matches nothing: viewers read no budget or report events at all.
          { partnerId: { in: access.actsForPartnerIds } },
        ],
      },
    ],
  };
}

type AuditSnapshots = { action: string; partnerId: string | null; before: string | null; after: string | null };

/**
 * The event as this person may read it: budget shares are taken out of the snapshots, wherever they stand
 * (a partner event, or the partner list of a created project), unless the event is of their own partner.
 */
export function redactAuditEvent<Event extends AuditSnapshots>(access: ProjectAccess, event: Event): Event {
  if (access.canReadAllFunding) return event;
  if (event.partnerId && access.actsForPartnerIds.includes(event.partnerId)) return event;
  return {
    ...event,
    before: withoutFields(event.before, PARTNER_FUNDING_FIELDS),
    after: withoutFields(event.after, PARTNER_FUNDING_FIELDS),
  };
}

function withoutFields(snapshot: string | null, fields: string[]): string | null {
  if (!snapshot) return snapshot;
  try {
    return JSON.stringify(JSON.parse(snapshot), (key, value: unknown) => (fields.includes(key) ? undefined : value));
  } catch {
    // A snapshot that cannot be read cannot be checked either: it is not shown.
    return null;
  }
}
