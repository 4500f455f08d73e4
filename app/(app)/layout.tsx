import { Suspense, type ReactNode } from "react";
import { AppHeader } from "@/components/layout/app-header";
import { FlashNotice } from "@/components/layout/flash-notice";
import { getTranslations } from "next-intl/server";
import { getSessionWithHeader } from "@/lib/auth/session";

/** The app shell. It only shows who is signed in: each page checks access itself. */
export default async function AppLayout({ children }: { children: ReactNode }) {
  const [session, t] = await Promise.all([getSessionWithHeader(), getTranslations("Common")]);
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:p-2"
      >
        {t("skipToContent")}
      </a>
      {session ? (
        <AppHeader
          user={session.user}
          organisationName={session.header.organisationName}
          unreadNotifications={session.header.unread}
        />
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
