import "server-only";
import { findUserByCredentials } from "@/lib/dal/users";
import { clientAddressOf } from "@/lib/client-address";
import { clearFailedSignIns, isSignInThrottled, recordFailedSignIn } from "@/lib/dal/sign-in-throttle";
import { env } from "@/lib/env";
import { ZSignInInput } from "@/lib/validation/auth";
import type { SessionUser } from "@/lib/access/permissions";

export type CredentialsCheck = { ok: true; user: SessionUser } | { ok: false; reason: "invalid" | "throttled" };

/**
 * E-mail and password sign-in, throttled per account and per address. A throttled attempt is refused
 * before the password is checked, so that guessing on stops teaching anything.
 */
export async function checkCredentials(raw: unknown, headers: Headers): Promise<CredentialsCheck> {
  const parsed = ZSignInInput.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const attempt = { email: parsed.data.email, address: clientAddressOf(headers, env.TRUSTED_PROXY_HOPS) };
  if (await isSignInThrottled(attempt)) return { ok: false, reason: "throttled" };
  const user = await findUserByCredentials(parsed.data.email, parsed.data.password);
  if (!user) {
    await recordFailedSignIn(attempt);
    return { ok: false, reason: "invalid" };
  }
  await clearFailedSignIns(parsed.data.email);
  return { ok: true, user };
}
