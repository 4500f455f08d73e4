/**
 * Whether a request came from a page of another site: its Origin names another host than the one it was
 * sent to (as a reverse proxy reports it). A request without Origin (a program, not a browser page) is
 * not cross-site; "null" and unreadable origins are.
 */
export function isCrossOriginRequest(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (!origin) return false;
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}
