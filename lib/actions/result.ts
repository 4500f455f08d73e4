import type { AppErrorCode } from "@/lib/errors";

/** The one result shape every server action returns. */
export type ActionResult<T = undefined> =
  { ok: true; data: T } | { ok: false; error: string; code?: AppErrorCode; fieldErrors?: Record<string, string[]> };
