import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";

/**
 * Where links given out (e-mails, calendar feeds) point: AUTH_URL when set, else the address this request
 * came to (as a proxy reports it). Route handlers pass their request; actions read the current one.
 */
export async function appUrl(request?: Request): Promise<string> {
  if (env.AUTH_URL) return env.AUTH_URL.replace(/\/$/, "");
  const requestHeaders = request?.headers ?? (await headers());
  const host = requestHeaders.get("x-forwarded-host") ?? requestHeaders.get("host") ?? "localhost:3000";
  const protocol = requestHeaders.get("x-forwarded-proto") ?? "http";
  return `${protocol}://${host}`;
}
