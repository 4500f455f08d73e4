import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { LoginForm } from "@/components/auth/login-form";
import { FlashNotice } from "@/components/layout/flash-notice";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { signInWithOidcAction } from "@/lib/actions/auth";
import { getSessionUser } from "@/lib/auth/session";
import { env, isOidcConfigured } from "@/lib/env";
import { safeCallbackPath } from "@/lib/validation/auth";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Login"))("metaTitle") };
}

type LoginPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function LoginPage({ searchParams }: LoginPageProps) {
  const params = await searchParams;
  const callbackPath = safeCallbackPath(params.callbackUrl);
  if (await getSessionUser()) redirect(callbackPath);
  // next-auth sends single sign-on failures back here with ?error=.
  const ssoFailed = typeof params.error === "string" && params.error !== "CredentialsSignin";
  const t = await getTranslations("Login");

  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="mb-1 text-2xl font-bold">{t("title")}</h1>
        <p className="mb-6 text-sm text-slate-600">{t("tagline")}</p>
        <Suspense>
          <FlashNotice />
        </Suspense>
        {ssoFailed ? (
          <div className="mb-4">
            <FormMessage tone="error">{t("ssoFailed")}</FormMessage>
          </div>
        ) : null}
        <LoginForm callbackPath={callbackPath} />
        {isOidcConfigured ? (
          <form action={signInWithOidcAction} className="mt-4 border-t border-slate-200 pt-4">
            <Button type="submit" variant="secondary" className="w-full">
              {t("signInWith", { provider: env.OIDC_NAME })}
            </Button>
          </form>
        ) : null}
      </div>
    </main>
  );
}
