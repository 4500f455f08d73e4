import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import { decode, type JWT } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import Credentials from "next-auth/providers/credentials";
import type { Provider } from "next-auth/providers";
import { env, isOidcConfigured } from "@/lib/env";
import { getActiveUserByEmail, getSessionVersion, recordSignIn } from "@/lib/dal/users";
import { logAuthError } from "./auth-logger";
import { checkCredentials } from "./credentials";

/** Signed-in sessions last a working day; the token carries only the user id and its session version. */
const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export const OIDC_PROVIDER_ID = "oidc";

/** The code of a sign-in refused for too many failed attempts, for the account or from the address. */
export const THROTTLED_CODE = "throttled";

class SignInThrottled extends CredentialsSignin {
  code = THROTTLED_CODE;
}

const providers: Provider[] = [
  Credentials({
    credentials: { email: { label: "E-mail" }, password: { label: "Password", type: "password" } },
    async authorize(raw, request) {
      const check = await checkCredentials(raw, request.headers);
      if (check.ok) return { id: check.user.id, email: check.user.email, name: check.user.name };
      throw check.reason === "throttled" ? new SignInThrottled() : new CredentialsSignin();
    },
  }),
];

if (isOidcConfigured) {
  providers.push({
    id: OIDC_PROVIDER_ID,
    name: env.OIDC_NAME,
    type: "oidc",
    issuer: env.OIDC_ISSUER,
    clientId: env.OIDC_CLIENT_ID,
    clientSecret: env.OIDC_CLIENT_SECRET,
  });
}

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
  }
}

/**
 * The one place that configures and calls next-auth, and reads its session cookie. Everything else asks
 * `lib/auth/session.ts`.
 */
export const { handlers, signIn, signOut } = NextAuth({
  secret: env.AUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  providers,
  logger: { error: logAuthError },
  callbacks: {
    // Single sign-on admits only people who already have an active account with that e-mail.
    async signIn({ account, user }) {
      if (account?.provider !== OIDC_PROVIDER_ID) return true;
      return Boolean(user.email && (await getActiveUserByEmail(user.email)));
    },
    async jwt({ token, user, account }) {
      if (user && account) {
        const appUser =
          account.provider === OIDC_PROVIDER_ID && user.email ? await getActiveUserByEmail(user.email) : null;
        token.uid = appUser?.id ?? user.id;
        // The session belongs to the user's current session version: raising it ends this session.
        token.sv = typeof token.uid === "string" ? await getSessionVersion(token.uid) : null;
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = typeof token.uid === "string" ? token.uid : "";
      // A cookie issued before session versions existed carries none, and opens nothing.
      session.user.sessionVersion = typeof token.sv === "number" ? token.sv : undefined;
      return session;
    },
  },
  events: {
    async signIn({ user, account }) {
      const userId =
        account?.provider === OIDC_PROVIDER_ID && user.email ? (await getActiveUserByEmail(user.email))?.id : user.id;
      if (userId) await recordSignIn(userId);
    },
  },
});

const SESSION_COOKIE = "authjs.session-token";
/** The site's protocol where AUTH_URL names it; otherwise each request's forwarded one. */
const CONFIGURED_PROTOCOL = env.AUTH_URL ? new URL(env.AUTH_URL).protocol : null;

/**
 * A cookie over 4 KB is split by next-auth into name.0, name.1, ...; ours never is, but is read whole if it were.
 * Looked for only when the cookie is not there whole, rather than on every request.
 */
function joinedChunks(cookies: { name: string; value: string }[], name: string): string {
  const chunkNumber = (cookie: { name: string }) => cookie.name.slice(name.length + 1);
  return cookies
    .filter((cookie) => cookie.name.startsWith(`${name}.`) && /^\d+$/.test(chunkNumber(cookie)))
    .sort((a, b) => Number(chunkNumber(a)) - Number(chunkNumber(b)))
    .map((cookie) => cookie.value)
    .join("");
}

/**
 * This request's session token, decrypted and unexpired, or null: what `auth()` reads, without its detour. In a page
 * or an action `auth()` builds a request to next-auth's session endpoint, which decrypts the cookie, then encrypts a
 * refreshed one that a page cannot set and that is thrown away: twice the cryptography of every page for nothing.
 * The cookie's name is next-auth's, chosen the same way: with the `__Secure-` prefix when the site is served
 * over HTTPS (AUTH_URL, or else the forwarded protocol, https by default).
 */
export async function readSessionToken(): Promise<JWT | null> {
  const [requestCookies, requestHeaders] = await Promise.all([cookies(), headers()]);
  const protocol = CONFIGURED_PROTOCOL ?? `${requestHeaders.get("x-forwarded-proto") ?? "https"}:`;
  const name = protocol.startsWith("https:") ? `__Secure-${SESSION_COOKIE}` : SESSION_COOKIE;
  const token = requestCookies.get(name)?.value ?? joinedChunks(requestCookies.getAll(), name);
  // Without a secret next-auth signs nobody in (and says so at start-up): there is no session to read.
  if (!token || !env.AUTH_SECRET) return null;
  return decodeOnce(token, env.AUTH_SECRET, name);
}

/** How many opened session cookies are kept: more than the people signed in at once on one server. */
const OPENED_TOKENS_KEPT = 2000;

/** Session cookies already opened, by cookie name and value, least recently read first. */
const openedTokens = new Map<string, Readonly<JWT>>();

/**
 * A session cookie's token, decrypted once and then remembered until it expires: a person's every page would
 * otherwise decrypt the same cookie again, over a millisecond of cryptography a request. Only a cookie that opened is
 * remembered, and its expiry is checked on every read; whether the session still stands (its version, the account)
 * is asked of the database on every request all the same.
 */
async function decodeOnce(token: string, secret: string, salt: string): Promise<Readonly<JWT> | null> {
  const key = `${salt}\n${token}`;
  const known = openedTokens.get(key);
  if (known) {
    openedTokens.delete(key);
    if (isUnexpired(known)) {
      openedTokens.set(key, known);
      return known;
    }
  }
  let opened: JWT | null;
  try {
    opened = await decode({ token, secret, salt });
  } catch {
    // Tampered with, expired, or sealed with another secret: no session, as next-auth itself would answer.
    return null;
  }
  if (!opened || !isUnexpired(opened)) return opened;
  openedTokens.set(key, Object.freeze(opened));
  if (openedTokens.size > OPENED_TOKENS_KEPT) openedTokens.delete(openedTokens.keys().next().value!);
  return opened;
}

function isUnexpired(token: JWT): boolean {
  return typeof token.exp === "number" && token.exp * 1000 > Date.now();
}
