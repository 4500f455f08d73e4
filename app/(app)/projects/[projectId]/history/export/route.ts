import { findProjectHistoryForExport } from "@/lib/dal/history";
import { describeAuditEvent } from "@/lib/format/audit";
import { toCsv } from "@/lib/format/csv";
import { csvDownload, jsonError } from "@/lib/http";
import { authedRoute } from "@/lib/route-handler";
import { ZHistoryFilters } from "@/lib/validation/history";

/** The project's audit log as CSV, with the same filters as the history page. Access is checked on every request. */
export const GET = authedRoute<{ projectId: string }>(
  { name: "exportHistory", target: ({ projectId }) => ({ projectId }), hideRefusals: true },
  async ({ user, request, params: { projectId } }) => {
    const filters = ZHistoryFilters.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!filters.success) return jsonError(400, "historyFiltersInvalid");
    const { project, events } = await findProjectHistoryForExport(user, projectId, filters.data);
    const csv = toCsv(
      ["time_utc", "actor", "actor_email", "action", "record_type", "record_id", "description", "before", "after"],
      events.map((event) => [
        event.createdAt.toISOString(),
        event.actor?.name,
        event.actor?.email,
        event.action,
        event.entityType,
        event.entityId,
        describeAuditEvent(event),
        event.before,
        event.after,
      ]),
    );
    return csvDownload(`${project.acronym}-history.csv`, csv);
  },
);
