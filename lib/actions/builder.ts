import "server-only";
import type { z } from "zod";
import { getSessionUser } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/auth/permissions";
import { recordRefusal } from "@/lib/dal/audit";
import { AppError } from "@/lib/errors";
import type { ActionResult } from "./result";

const FIX_FIELDS = "Please correct the highlighted fields.";
const NUL_CHARACTER = "Remove the invisible control character (NUL) from this text.";
const GENERIC_ERROR = "Something went wrong on our side. Nothing was changed; please try again.";

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
    if (!user) return { ok: false, code: "UNAUTHENTICATED", error: "Your session has ended. Sign in again." };
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
  const nulAt = pathOfNulCharacter(rawInput);
  if (nulAt !== null) {
    return { ok: false, code: "VALIDATION", error: FIX_FIELDS, fieldErrors: { [nulAt || "_form"]: [NUL_CHARACTER] } };
  }
  const parsed = schema.safeParse(rawInput);
  if (!parsed.success) {
    return {
      ok: false,
      code: "VALIDATION",
      error: FIX_FIELDS,
      fieldErrors: fieldErrorsOf(parsed.error),
    };
  }
  try {
    return { ok: true, data: await run(parsed.data) };
  } catch (error) {
    if (error instanceof AppError) {
      // A field's own message stands beside it; the top of the form only points there.
      const message = error.code === "VALIDATION" && error.fieldErrors ? FIX_FIELDS : error.message;
      return { ok: false, code: error.code, error: message, fieldErrors: error.fieldErrors };
    }
    if (isNextControlFlow(error)) throw error;
    console.error("Server action failed", error);
    return { ok: false, error: GENERIC_ERROR };
  }
}

/**
 * Where a text holds a NUL character, which no form can type and PostgreSQL cannot store: refused as
 * bad input here, for every action, rather than failing in the database.
 */
function pathOfNulCharacter(value: unknown, path = "", depth = 0): string | null {
  if (typeof value === "string") return value.includes("\u0000") ? path : null;
  if (value === null || typeof value !== "object" || depth > 8) return null;
  for (const [key, item] of Object.entries(value)) {
    const itemPath = path ? `${path}.${key}` : key;
    if (key.includes("\u0000")) return itemPath;
    const found = pathOfNulCharacter(item, itemPath, depth + 1);
    if (found !== null) return found;
  }
  return null;
}

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
