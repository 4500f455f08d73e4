export type AppErrorCode =
  "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "VALIDATION" | "RATE_LIMITED" | "QUOTA_EXCEEDED";

/** An expected failure with a message fit for the user. Anything else is logged and shown generically. */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const SESSION_ENDED = "Your session has ended. Sign in again.";

export const notFound = (what = "That item") =>
  new AppError("NOT_FOUND", `${what} was not found, or you have no access to it.`);
export const forbidden = (message = "You are not allowed to do that.") => new AppError("FORBIDDEN", message);
