import { z } from "zod";

/** Long enough for any passphrase, short enough that hashing cannot be abused. */
export const MAX_PASSWORD_LENGTH = 200;

export const ZSignInInput = z.object({
  email: z
    .string()
    .trim()
    .min(1, "Enter your e-mail address.")
    .max(254, "That e-mail address is too long.")
    .pipe(z.email("Enter a valid e-mail address.")),
  password: z.string().min(1, "Enter your password.").max(MAX_PASSWORD_LENGTH, "That password is too long."),
});

export type TSignInInput = z.infer<typeof ZSignInInput>;

/** Only same-site paths: never send a signed-in user to another origin. */
export function safeCallbackPath(raw: unknown, fallback = "/dashboard"): string {
  if (typeof raw !== "string" || !raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return fallback;
  if (raw.startsWith("/login") || raw.startsWith("/api/")) return fallback;
  return raw.length > 500 ? fallback : raw;
}
