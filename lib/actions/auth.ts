"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { getLocaleOfEmail } from "@/lib/dal/account";
import { endSessions } from "@/lib/dal/users";
import { rememberLocale } from "@/lib/i18n/locale-cookie";
import { isLocale } from "@/lib/i18n/locales";
import { OIDC_PROVIDER_ID, THROTTLED_CODE, signIn, signOut } from "@/lib/auth/next-auth";
import { isOidcConfigured } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { ZSignInInput } from "@/lib/validation/auth";
import { publicAction } from "./builder";

export const signInAction = publicAction(ZSignInInput, async ({ email, password }) => {
  try {
    await signIn("credentials", { email, password, redirect: false });
    await rememberLocaleOf(email);
  } catch (error) {
    // Only the generic message: whether the account exists is nobody's business.
    // next-auth passes the refusal's code along with the error.
    // The same words whether or not the account exists, and whichever limit was reached.
    if ((error as { code?: unknown } | null)?.code === THROTTLED_CODE)
      throw new AppError("RATE_LIMITED", "signInThrottled");
    if (error instanceof AuthError) throw new AppError("UNAUTHENTICATED", "wrongCredentials");
    throw error;
  }
  return null;
});

/** The pages after sign-in speak the language the user chose before, in whatever browser. */
async function rememberLocaleOf(email: string): Promise<void> {
  const locale = await getLocaleOfEmail(email);
  if (isLocale(locale)) await rememberLocale(locale);
}

/** Signing out ends the session for good: a copy of its cookie kept elsewhere no longer opens anything. */
export async function signOutAction(): Promise<void> {
  const user = await getSessionUser();
  if (user) await endSessions(user.id);
  await signOut({ redirectTo: "/login" });
}

/** Starts single sign-on; the identity provider's callback lands on /api/auth. */
export async function signInWithOidcAction(): Promise<void> {
  // Only a hand-made request gets here without single sign-on: back to the sign-in page, not a server error.
  if (!isOidcConfigured) redirect("/login");
  await signIn(OIDC_PROVIDER_ID, { redirectTo: "/dashboard" });
}
