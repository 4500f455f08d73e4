import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";

/** Where links given out (e-mails, calendar feeds) point: AUTH_URL when set, else the address this request came to. */
export async function appUrl(): Promise<string> {
  if (env.AUTH_URL) return env.AUTH_URL.replace(/\/$/, "");
  const requestHeaders = await headers();
  const host = requestHeaders.get("x-forwarded-host") ?? requestHeaders.get("host") ?? "localhost:3000";
  const protocol = requestHeaders.get("x-forwarded-proto") ?? "http";
  return `${protocol}://${host}`;
}
