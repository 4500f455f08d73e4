import "server-only";
import type { z } from "zod";
import { getSessionUser } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/access/permissions";
import { recordRefusal } from "@/lib/dal/audit";
import { AppError } from "@/lib/errors";
import type { ErrorKey, Message } from "@/lib/i18n/message";
import { inReadersDecimals } from "@/lib/i18n/request-decimal";
import { requestWording, wordForRequest } from "@/lib/i18n/request-locale";
import type { ActionResult } from "./result";

export type ActionContext = { user: SessionUser };

/**
 * Builds a server action that authenticates, validates its input with the form's own schema, and runs
 * the handler (which authorises against the database through the data layer). Expected failures become
 * user messages; anything else is logged and answered with a generic message. A refusal (forbidden, or
 * not found for this person) is written to the audit log under the action's name.
 */
export function authedAction<Schema extends z.ZodType, Output>(
  name: string,
  schema: Schema,
  handler: (input: z.output<Schema>, context: ActionContext) => Promise<Output>,
): (input: z.input<Schema>) => Promise<ActionResult<Output>> {
  return async (rawInput) => {
    const user = await getSessionUser();
    if (!user) return { ok: false, code: "UNAUTHENTICATED", error: await wordForRequest("sessionEnded") };
    return runValidated(schema, rawInput, async (input) => {
      try {
        return await handler(input, { user });
      } catch (error) {
        await recordRefusal(user, name, error, input);
        throw error;
      }
    });
  };
}

/** For the few actions that run before sign-in (signing in itself). */
export function publicAction<Schema extends z.ZodType, Output>(
  schema: Schema,
  handler: (input: z.output<Schema>) => Promise<Output>,
): (input: z.input<Schema>) => Promise<ActionResult<Output>> {
  return (rawInput) => runValidated(schema, rawInput, handler);
}

async function runValidated<Schema extends z.ZodType, Output>(
  schema: Schema,
  rawInput: unknown,
  run: (input: z.output<Schema>) => Promise<Output>,
): Promise<ActionResult<Output>> {
  const unstorable = findUnstorableText(rawInput);
  if (unstorable) return invalidFields({ [unstorable.path || "_form"]: [{ key: unstorable.key }] });
  const parsed = await inReadersDecimals(() => schema.safeParse(rawInput));
  if (!parsed.success) return invalidFields(fieldErrorsOf(parsed.error));
  try {
    return { ok: true, data: await run(parsed.data) };
  } catch (error) {
    if (error instanceof AppError) {
      if (error.code === "VALIDATION" && error.fieldErrors) return invalidFields(error.fieldErrors);
      return { ok: false, code: error.code, error: await wordForRequest(error.problem) };
    }
    if (isNextControlFlow(error)) throw error;
    console.error("Server action failed", error);
    return { ok: false, error: await wordForRequest("somethingWentWrong") };
  }
}

/** A field's own message stands beside it, in the reader's language; the top of the form only points there. */
async function invalidFields(fieldErrors: Record<string, (Message | string)[]>): Promise<ActionResult<never>> {
  const word = await requestWording();
  return {
    ok: false,
    code: "VALIDATION",
    error: word("fixFields"),
    fieldErrors: Object.fromEntries(
      Object.entries(fieldErrors).map(([field, messages]) => [field, messages.map((message) => word(message))]),
    ),
  };
}

/**
 * The first text (value or key) that no form types and the databases cannot store: a NUL character
 * (PostgreSQL refuses it), or a lone UTF-16 surrogate (not valid Unicode, refused by the database drivers).
 * Refused as bad input here, for every action, rather than failing in the database.
 */
function findUnstorableText(value: unknown, path = "", depth = 0): { path: string; key: ErrorKey } | null {
  if (typeof value === "string") return unstorableTextMessage(value, path);
  if (value === null || typeof value !== "object" || depth > 8) return null;
  for (const [key, item] of Object.entries(value)) {
    const itemPath = path ? `${path}.${key}` : key;
    const found = unstorableTextMessage(key, itemPath) ?? findUnstorableText(item, itemPath, depth + 1);
    if (found) return found;
  }
  return null;
}

function unstorableTextMessage(text: string, path: string): { path: string; key: ErrorKey } | null {
  if (text.includes("\u0000")) return { path, key: "nulCharacter" };
  if (!text.isWellFormed()) return { path, key: "brokenCharacter" };
  return null;
}

/** zod's issues by field, each message as the shared schema wrote it (a key with its values). */
function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return fieldErrors;
}

/** redirect() and notFound() work by throwing; they must pass through. */
function isNextControlFlow(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && (digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR"));
}
