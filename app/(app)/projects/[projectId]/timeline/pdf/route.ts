import { Readable } from "node:stream";
import { getProjectTimeline } from "@/lib/dal/timeline";
import { ganttPdf } from "@/lib/documents/gantt-pdf";
import { displayFor } from "@/lib/format/display";
import { projectEndDate, projectMonthStart, todayUtc } from "@/lib/format/project-months";
import { timelineRows, timelineWords } from "@/lib/format/timeline-rows";
import { formatLocaleOf } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/messages";
import { requestLocale } from "@/lib/i18n/request-locale";
import { authedRoute } from "@/lib/route-handler";
import { ganttWindow } from "@/lib/timeline/gantt-window";
import { parseFilters } from "@/lib/validation/list-filters";
import { ZGanttWindow, ZTimelineFilters, ZTimelineScale } from "@/lib/validation/timeline";

/**
 * The project's Gantt chart as shown on its page (the same filters, window and scale, from the same address) as an
 * A4 landscape PDF with its legend, for everyone who may see the project.
 */
export const GET = authedRoute<{ projectId: string }>(
  { name: "timelinePdf", target: ({ projectId }) => ({ projectId }), hideRefusals: true },
  async ({ user, request, params: { projectId } }) => {
    const query = Object.fromEntries(new URL(request.url).searchParams);
    const scale = ZTimelineScale.parse(query.scale);
    const filters = parseFilters(ZTimelineFilters, query);
    const span = parseFilters(ZGanttWindow, query);
    const today = todayUtc();
    const { project } = await getProjectTimeline(user, projectId, filters, today);
    const locale = await requestLocale();
    const t = translatorFor(locale);
    const display = displayFor(formatLocaleOf(locale));
    const group = t.raw as (key: string) => Record<string, string>;
    const rows = timelineRows(
      project,
      today,
      timelineWords((key, values) => t(`Timeline.${key}` as never, values as never), group("Labels.deliverableStatus")),
    );
    const { window, todayMonth } = ganttWindow(project, span, today);
    const daysInMonth = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 0)).getUTCDate();
    const title = t("Timeline.gantt", { acronym: project.acronym });
    const document = ganttPdf(rows, window, {
      title,
      subtitle: t("Timeline.pdfSubtitle", {
        title: project.title,
        from: display.date(project.startDate),
        to: display.date(projectEndDate(project.startDate, project.durationMonths)),
        first: window.first,
        last: window.last,
      }),
      legend: t("Timeline.pdfLegend"),
      pageLabel: t.raw("ProgressReport.page") as string,
      monthLabel: (month) =>
        scale === "months" ? `M${month}` : display.monthYear(projectMonthStart(project.startDate, month)),
      today:
        todayMonth >= window.first && todayMonth <= window.last
          ? { month: todayMonth, fraction: (today.getUTCDate() - 1) / daysInMonth }
          : undefined,
    });
    const fileName = `${project.acronym}-timeline.pdf`.replace(/[^\w.-]+/g, "-");
    return new Response(Readable.toWeb(document) as ReadableStream<Uint8Array>, {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="${fileName}"`,
        "Cache-Control": "no-store",
      },
    });
  },
);
