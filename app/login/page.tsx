import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Suspense } from "react";
import { LoginForm } from "@/components/auth/login-form";
import { FlashNotice } from "@/components/layout/flash-notice";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { signInWithOidcAction } from "@/lib/actions/auth";
import { getSessionUser } from "@/lib/auth/session";
import { env, isOidcConfigured } from "@/lib/env";
import { safeCallbackPath } from "@/lib/validation/auth";

export const metadata: Metadata = { title: "Sign in" };

type LoginPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function LoginPage({ searchParams }: LoginPageProps) {
  const params = await searchParams;
  const callbackPath = safeCallbackPath(params.callbackUrl);
  if (await getSessionUser()) redirect(callbackPath);
  // next-auth sends single sign-on failures back here with ?error=.
  const ssoFailed = typeof params.error === "string" && params.error !== "CredentialsSignin";

  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="mb-1 text-2xl font-bold">Sign in to Consortia</h1>
        <p className="mb-6 text-sm text-slate-600">Grant-funded cooperation projects in one place.</p>
        <Suspense>
          <FlashNotice />
        </Suspense>
        {ssoFailed ? (
          <div className="mb-4">
            <FormMessage tone="error">Single sign-on did not succeed, or your account is not registered here.</FormMessage>
          </div>
        ) : null}
        <LoginForm callbackPath={callbackPath} />
        {isOidcConfigured ? (
          <form action={signInWithOidcAction} className="mt-4 border-t border-slate-200 pt-4">
            <Button type="submit" variant="secondary" className="w-full">
              Sign in with {env.OIDC_NAME}
            </Button>
          </form>
        ) : null}
      </div>
    </main>
  );
}
