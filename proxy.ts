import { NextResponse, type NextRequest } from "next/server";

/**
 * Convenience and defence in depth, never the only check: pages, server actions and route handlers check
 * the session themselves.
 * - A server action posted from another site is refused at once with 403 (Next.js refuses it too, but as
 *   a server error).
 * - Visitors without a session cookie go to the sign-in page, which remembers where they were going.
 */
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

/** Sign-in, invitation links and the status page are open to visitors. */
const PUBLIC_PATHS = /^\/(login|invitations\/|status$)/;

export function proxy(request: NextRequest) {
  if (isCrossSiteAction(request)) {
    return NextResponse.json({ error: "Requests from other sites are refused." }, { status: 403 });
  }
  const { pathname, search } = request.nextUrl;
  if (PUBLIC_PATHS.test(pathname)) return NextResponse.next();
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();
  const loginUrl = new URL("/login", request.url);
  if (pathname !== "/") loginUrl.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(loginUrl);
}

/** A server action call whose Origin is not this app's host (as a reverse proxy reports it). */
function isCrossSiteAction(request: NextRequest): boolean {
  if (request.method !== "POST" || !request.headers.has("next-action")) return false;
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

export const config = {
  // Everything except Next.js assets, static files and API routes: those answer 401 themselves, and
  // uploads must stream through untouched.
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|robots.txt).*)"],
};
