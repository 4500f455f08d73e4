import { Readable } from "node:stream";
import { getProgressReport } from "@/lib/dal/progress-report";
import { toDocx } from "@/lib/documents/docx";
import { toPdf } from "@/lib/documents/pdf";
import { progressReportBlocks } from "@/lib/documents/progress-report";
import { displayFor } from "@/lib/format/display";
import { jsonError } from "@/lib/http";
import { formatLocaleOf } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/messages";
import { requestLocale } from "@/lib/i18n/request-locale";
import { authedRoute } from "@/lib/route-handler";

const TYPES = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
} as const;

/**
 * The periodic progress report of one reporting period (`?format=docx` or `pdf`), compiled on request in the
 * reader's language for the lead, coordinators and administrators: partners and viewers are refused (not found
 * where they cannot see the project), and nothing is generated for them.
 */
export const GET = authedRoute<{ projectId: string; periodId: string }>(
  { name: "progressReport", target: ({ projectId, periodId }) => ({ projectId, periodId }) },
  async ({ user, request, params: { projectId, periodId } }) => {
    const format = new URL(request.url).searchParams.get("format");
    if (format !== "docx" && format !== "pdf") return jsonError(400, "documentFormatUnknown");
    const data = await getProgressReport(user, projectId, periodId);
    const locale = await requestLocale();
    const t = translatorFor(locale);
    const blocks = progressReportBlocks(data, t, displayFor(formatLocaleOf(locale)), new Date());
    const title = t("ProgressReport.title", { acronym: data.project.acronym, period: `P${data.period.number}` });
    const options = { title, pageLabel: t.raw("ProgressReport.page") as string };
    const document = format === "pdf" ? toPdf(blocks, options) : toDocx(blocks, options);
    const body = Readable.toWeb(document) as ReadableStream<Uint8Array>;
    const fileName = `${data.project.acronym}-P${data.period.number}-progress-report.${format}`.replace(
      /[^\w.-]+/g,
      "-",
    );
    return new Response(body, {
      headers: {
        "Content-Type": TYPES[format],
        "Content-Disposition": `attachment; filename="${fileName}"`,
        "Cache-Control": "no-store",
      },
    });
  },
);
