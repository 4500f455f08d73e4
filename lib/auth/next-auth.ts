import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
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
 * The one place that configures and calls next-auth. Everything else asks `lib/auth/session.ts`.
 */
export const { handlers, auth, signIn, signOut } = NextAuth({
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
