import { AppError, type AppErrorCode } from "@/lib/errors";

const STATUS: Record<AppErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  VALIDATION: 400,
  RATE_LIMITED: 429,
  QUOTA_EXCEEDED: 413,
};

export function jsonError(status: number, error: string): Response {
  return Response.json({ error }, { status, headers: { "Cache-Control": "no-store" } });
}

/** Expected failures become their status and message; anything else is logged and answered generically. */
export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) return jsonError(STATUS[error.code], error.message);
  console.error("Request failed", error);
  return jsonError(500, "Something went wrong on our side. Nothing was stored; please try again.");
}

/** A refusal reads as "not found", like the pages, so nothing leaks about what exists. */
export function refusalAsNotFoundResponse(error: unknown): Response {
  if (error instanceof AppError && (error.code === "FORBIDDEN" || error.code === "NOT_FOUND")) {
    return jsonError(404, "Not found, or you have no access to it.");
  }
  return errorResponse(error);
}

/** A CSV file sent as a download, never cached. */
export function csvDownload(fileName: string, csv: string): Response {
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName.replace(/[^\w.-]+/g, "-")}"`,
      "Cache-Control": "no-store",
    },
  });
}
