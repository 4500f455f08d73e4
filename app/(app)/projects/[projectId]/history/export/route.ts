import { findProjectHistoryForExport } from "@/lib/dal/history";
import { describeAuditEvent } from "@/lib/format/audit";
import { toCsv } from "@/lib/format/csv";
import { historySheet } from "@/lib/format/export-workbooks";
import { workbookOf } from "@/lib/format/workbook";
import { translatorFor } from "@/lib/i18n/messages";
import { requestLocale } from "@/lib/i18n/request-locale";
import { csvDownload, jsonError, xlsxDownload } from "@/lib/http";
import { authedRoute } from "@/lib/route-handler";
import { ZHistoryFilters } from "@/lib/validation/history";

/**
 * The project's audit log as CSV, or as an XLSX workbook in the reader's language (`format=xlsx`), with the same
 * filters as the history page. Access is checked on every request.
 */
export const GET = authedRoute<{ projectId: string }>(
  { name: "exportHistory", target: ({ projectId }) => ({ projectId }), hideRefusals: true },
  async ({ user, request, params: { projectId } }) => {
    const query = new URL(request.url).searchParams;
    const asWorkbook = query.get("format") === "xlsx";
    query.delete("format");
    const filters = ZHistoryFilters.safeParse(Object.fromEntries(query));
    if (!filters.success) return jsonError(400, "historyFiltersInvalid");
    const { project, events } = await findProjectHistoryForExport(user, projectId, filters.data);
    if (asWorkbook) {
      const t = translatorFor(await requestLocale());
      // Whole groups of messages: the translator's types name single messages only.
      const group = t.raw as (key: string) => Record<string, string>;
      const words = {
        records: group("History.records"),
        verbs: group("History.verbs"),
        statuses: group("Labels.deliverableStatus"),
        reportEvents: group("History.reportEvents"),
      };
      const workbook = await workbookOf([historySheet(t, words, events)], project.currency);
      return xlsxDownload(`${project.acronym}-history.xlsx`, workbook);
    }
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
