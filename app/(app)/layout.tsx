import { Suspense, type ReactNode } from "react";
import { AppHeader } from "@/components/layout/app-header";
import { FlashNotice } from "@/components/layout/flash-notice";
import { getTranslations } from "next-intl/server";
import { getSessionUser } from "@/lib/auth/session";
import { getHeaderSummary } from "@/lib/dal/users";

/** The app shell. It only shows who is signed in: each page checks access itself. */
export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await getSessionUser();
  const [summary, t] = await Promise.all([user ? getHeaderSummary(user) : null, getTranslations("Common")]);
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:p-2"
      >
        {t("skipToContent")}
      </a>
      {user && summary ? (
        <AppHeader user={user} organisationName={summary.organisationName} unreadNotifications={summary.unread} />
      ) : null}
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        <Suspense>
          <FlashNotice />
        </Suspense>
        {children}
      </main>
    </>
  );
}
