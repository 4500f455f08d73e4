import Link from "next/link";
import { Bell, LogOut } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/lib/actions/auth";
import type { SessionUser } from "@/lib/access/permissions";
import { LanguageSwitcher } from "./language-switcher";
import { MainNav } from "./main-nav";

type AppHeaderProps = { user: SessionUser; organisationName: string | null; unreadNotifications: number };

export async function AppHeader({ user, organisationName, unreadNotifications }: AppHeaderProps) {
  const [t, labels, notifications] = await Promise.all([
    getTranslations("Common"),
    getTranslations("Labels"),
    getTranslations("Notifications"),
  ]);
  return (
    <header data-app-header className="bg-brand-600 text-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-2">
        <div className="flex flex-wrap items-center gap-4">
          <Link href="/dashboard" className="text-lg font-bold tracking-tight">
            Consortia
          </Link>
          <MainNav isAdmin={user.role === "ADMIN"} />
        </div>
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <Link
            href="/notifications"
            aria-label={notifications("headerUnread", { count: unreadNotifications })}
            className="inline-flex items-center gap-1 rounded-md px-2 py-1.5 hover:bg-brand-700"
          >
            <Bell aria-hidden="true" className="size-4" />
            {unreadNotifications > 0 ? (
              <span aria-hidden="true" className="rounded-full bg-white px-1.5 text-xs font-bold text-brand-800">
                {unreadNotifications}
              </span>
            ) : null}
          </Link>
          <p aria-label={t("signedInAs")}>
            <Link href="/account" className="font-medium underline-offset-2 hover:underline">
              {user.name}
            </Link>{" "}
            <span className="rounded-full bg-brand-800 px-2 py-0.5 text-xs">{labels(`userRole.${user.role}`)}</span>
            {organisationName ? <span className="ml-2 text-brand-100">{organisationName}</span> : null}
          </p>
          <LanguageSwitcher />
          <form action={signOutAction}>
            <button type="submit" className="inline-flex items-center gap-1 rounded-md px-2 py-1.5 hover:bg-brand-700">
              <LogOut aria-hidden="true" className="size-4" />
              {t("signOut")}
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}
