import { z } from "zod";
import { messageText } from "@/lib/i18n/message";
import "./common";

/** Long enough for any passphrase, short enough that hashing cannot be abused. */
export const MAX_PASSWORD_LENGTH = 200;

export const ZSignInInput = z.object({
  email: z
    .string()
    .trim()
    .min(1, messageText("enterYourEmail"))
    .max(254, messageText("emailTooLong"))
    .pipe(z.email(messageText("invalidEmail"))),
  password: z
    .string()
    .min(1, messageText("enterYourPassword"))
    .max(MAX_PASSWORD_LENGTH, messageText("passwordTooLong")),
});

export type TSignInInput = z.infer<typeof ZSignInInput>;

/** Any origin serves to resolve a path against: only whether the result stays on it matters. */
const RESOLVING_ORIGIN = "http://consortia.invalid";

/**
 * Where to go after signing in: only a path on this site, normalised, for the sign-in form and for the
 * server's redirect of a visitor who is already signed in. Control characters, white space and
 * backslashes are refused outright: browsers drop or rewrite them, so "/\t/evil.example" would land on
 * another site once the tab is stripped.
 */
export function safeCallbackPath(raw: unknown, fallback = "/dashboard"): string {
  if (typeof raw !== "string" || raw.length > 500 || !raw.startsWith("/")) return fallback;
  if (/[\u0000-\u001f\u007f-\u009f\\\s]/.test(raw)) return fallback;
  let url: URL;
  try {
    url = new URL(raw, RESOLVING_ORIGIN);
  } catch {
    return fallback;
  }
  if (url.origin !== RESOLVING_ORIGIN) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (path.startsWith("//") || path.startsWith("/login") || path.startsWith("/api/")) return fallback;
  return path;
}
