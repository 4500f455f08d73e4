import { NextResponse, type NextRequest } from "next/server";
import { actionBodyProblem } from "@/lib/action-body";
import { contentSecurityPolicy, newNonce } from "@/lib/content-security-policy";
import { env } from "@/lib/env";
import { isCrossOriginRequest } from "@/lib/same-origin";

/**
 * Convenience and defence in depth, never the only check: pages, server actions and route handlers check
 * the session themselves.
 * - Any POST from another site is refused at once with 403, whatever its encoding: a server action called
 *   by script (Next.js refuses it too, but as a server error) or a plain HTML form posted to an action.
 * - A server action's text body that Next.js could not decode (malformed, nested too deeply, or naming
 *   parts only a multipart body has) is refused with 400, where Next.js would answer with a server error.
 * - Visitors without a session cookie go to the sign-in page, which remembers where they were going.
 * - Every answer carries a Content-Security-Policy with a fresh nonce; the policy also goes on the request,
 *   where Next.js finds it and puts the nonce on the scripts of the page.
 */
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

/** Sign-in, invitation links and the status page are open to visitors. */
const PUBLIC_PATHS = /^\/(login|invitations\/|status$)/;

/** Next.js's own limit for a server action's body (serverActions.bodySizeLimit): larger ones it refuses itself. */
const ACTION_BODY_LIMIT = 1024 * 1024;

export async function proxy(request: NextRequest) {
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce, env.NODE_ENV === "development");
  const withPolicy = (response: NextResponse) => {
    response.headers.set("Content-Security-Policy", policy);
    return response;
  };
  if (request.method === "POST" && isCrossOriginRequest(request.headers)) {
    return withPolicy(NextResponse.json({ error: "Requests from other sites are refused." }, { status: 403 }));
  }
  if (isTextActionCall(request)) {
    const problem = actionBodyProblem(await request.clone().text());
    if (problem) return withPolicy(NextResponse.json({ error: problem }, { status: 400 }));
  }
  const { pathname, search } = request.nextUrl;
  if (PUBLIC_PATHS.test(pathname) || SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    const headers = new Headers(request.headers);
    headers.set("Content-Security-Policy", policy);
    return withPolicy(NextResponse.next({ request: { headers } }));
  }
  const loginUrl = new URL("/login", request.url);
  if (pathname !== "/") loginUrl.searchParams.set("callbackUrl", `${pathname}${search}`);
  return withPolicy(NextResponse.redirect(loginUrl));
}

function isTextActionCall(request: NextRequest): boolean {
  if (request.method !== "POST" || !request.headers.has("next-action")) return false;
  const length = Number(request.headers.get("content-length") ?? 0);
  return (request.headers.get("content-type") ?? "").startsWith("text/plain") && length <= ACTION_BODY_LIMIT;
}

export const config = {
  // Everything except Next.js assets, static files and API routes: those answer 401 themselves, and
  // uploads must stream through untouched.
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|robots.txt).*)"],
};
