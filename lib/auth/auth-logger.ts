import { CredentialsSignin } from "next-auth";

/**
 * Auth.js reports its errors here. Expected outcomes (a wrong password, an expired or forged session
 * cookie) are not server errors: no stack for them. Their kind is read from `type` (or the class), never
 * from `name`, which is the class name and so changes when the production build minifies it.
 */
export function logAuthError(error: Error): void {
  const type = (error as { type?: unknown }).type;
  if (error instanceof CredentialsSignin || type === "CredentialsSignin") return;
  if (type === "JWTSessionError") return console.warn("[auth] Ignored an invalid session cookie.");
  console.error("[auth]", error);
}
