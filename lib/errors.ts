import { createTranslator } from "use-intl/core";
import en from "@/messages/en.json";
import {
  formatMessage,
  term,
  type ErrorKey,
  type Message,
  type MessageValues,
  type TermKey,
  type Translate,
} from "@/lib/i18n/message";

export type AppErrorCode =
  "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "VALIDATION" | "RATE_LIMITED" | "QUOTA_EXCEEDED";

const english = createTranslator({ locale: "en", messages: en }) as unknown as Translate;

/** A message's English wording, for logs (and tests). */
export const inEnglish = (message: Message | string) => formatMessage(english, message);

/**
 * An expected failure, told to the person as a message key with its values and worded in their language where it
 * is shown. `message` holds the English wording, for logs. Anything else thrown is logged and shown generically.
 */
export class AppError extends Error {
  readonly problem: Message;

  constructor(
    readonly code: AppErrorCode,
    key: ErrorKey,
    values?: MessageValues,
    /** Messages beside the fields they are about. */
    readonly fieldErrors?: Record<string, Message[]>,
  ) {
    const problem: Message = { key, values };
    super(inEnglish(problem));
    this.problem = problem;
    this.name = "AppError";
  }
}

/** Something is missing, or hidden from this person (which must read the same). */
export const notFound = (thing: TermKey = "thatItem") =>
  new AppError("NOT_FOUND", "notFound", { thing: term(thing, true) });

export const forbidden = (key: ErrorKey = "notAllowed", values?: MessageValues) =>
  new AppError("FORBIDDEN", key, values);
