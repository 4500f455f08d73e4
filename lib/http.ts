import { AppError, type AppErrorCode } from "@/lib/errors";
import type { ErrorKey, Message } from "@/lib/i18n/message";
import { wordForRequest } from "@/lib/i18n/request-locale";

const STATUS: Record<AppErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  VALIDATION: 400,
  RATE_LIMITED: 429,
  QUOTA_EXCEEDED: 413,
};

/** A failure as JSON, `{ error }`, worded in the language of the request. */
export async function jsonError(status: number, message: ErrorKey | Message): Promise<Response> {
  const error = await wordForRequest(message);
  return Response.json({ error }, { status, headers: { "Cache-Control": "no-store" } });
}

/** Expected failures become their status and message; anything else is logged and answered generically. */
export function errorResponse(error: unknown): Promise<Response> {
  if (error instanceof AppError) return jsonError(STATUS[error.code], error.problem);
  console.error("Request failed", error);
  return jsonError(500, "somethingWentWrongNothingStored");
}

/** A refusal reads as "not found", like the pages, so nothing leaks about what exists. */
export function refusalAsNotFoundResponse(error: unknown): Promise<Response> {
  if (error instanceof AppError && (error.code === "FORBIDDEN" || error.code === "NOT_FOUND")) {
    return jsonError(404, "notFoundOrHidden");
  }
  return errorResponse(error);
}

/** A file sent as a download, never cached. */
function download(fileName: string, body: BodyInit, contentType: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": `attachment; filename="${fileName.replace(/[^\w.-]+/g, "-")}"`,
      "Cache-Control": "no-store",
    },
  });
}

export const csvDownload = (fileName: string, csv: string) => download(fileName, csv, "text/csv; charset=utf-8");

export const xlsxDownload = (fileName: string, workbook: Buffer) =>
  download(fileName, new Uint8Array(workbook), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
