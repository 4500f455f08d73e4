import { NextResponse, type NextRequest } from "next/server";

/**
 * Convenience only: sends visitors without a session cookie to the sign-in page, remembering where
 * they were going. Pages, server actions and route handlers check the session themselves.
 */
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

export function proxy(request: NextRequest) {
  const hasSessionCookie = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (hasSessionCookie) return NextResponse.next();
  const loginUrl = new URL("/login", request.url);
  const { pathname, search } = request.nextUrl;
  if (pathname !== "/") loginUrl.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(loginUrl);
}

export const config = {
  // Everything except sign-in, invitation links, next-auth's own routes, Next.js assets and static files.
  // API routes answer 401 themselves, and uploads must stream through untouched.
  matcher: ["/((?!login|invitations/|api/|_next/static|_next/image|favicon.ico|robots.txt).*)"],
};
