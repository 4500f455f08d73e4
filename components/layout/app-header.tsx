import { Link } from "@/components/ui/link";
import { Bell, LogOut } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/lib/actions/auth";
import type { SessionUser } from "@/lib/access/permissions";
import { HeaderMenu } from "./header-menu";
import { LanguageSwitcher } from "./language-switcher";
import { MainNav } from "./main-nav";

type AppHeaderProps = { user: SessionUser; organisationName: string | null; unreadNotifications: number };

/**
 * One row on a desktop screen, whatever the role; on a phone, the brand, the notifications and a Menu button,
 * which opens the navigation and the account controls.
 */
export async function AppHeader({ user, organisationName, unreadNotifications }: AppHeaderProps) {
  const [t, labels, notifications] = await Promise.all([
    getTranslations("Common"),
    getTranslations("Labels"),
    getTranslations("Notifications"),
  ]);
  const bell = (
    <Link
      href="/notifications"
      aria-label={notifications("headerUnread", { count: unreadNotifications })}
      className="header-control min-w-11 justify-center lg:min-w-0"
    >
      <Bell aria-hidden="true" className="size-4" />
      {unreadNotifications > 0 ? (
        <span aria-hidden="true" className="rounded-full bg-white px-1.5 text-xs font-bold text-brand-800">
          {unreadNotifications}
        </span>
      ) : null}
    </Link>
  );
  return (
    <header data-app-header className="bg-brand-600 text-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-x-4 px-4 py-1 lg:flex-nowrap lg:py-2">
        <Link href="/dashboard" className="header-control shrink-0 text-lg font-bold tracking-tight">
          Consortia
        </Link>
        <HeaderMenu before={bell}>
          <MainNav isAdmin={user.role === "ADMIN"} />
          <div className="flex flex-col gap-2 text-sm lg:flex-row lg:items-center lg:gap-2">
            <div className="hidden lg:block">{bell}</div>
            <p aria-label={t("signedInAs")} className="lg:max-w-72 lg:truncate">
              <Link href="/account" className="font-medium underline-offset-2 hover:underline">
                {user.name}
              </Link>{" "}
              <span className="whitespace-nowrap rounded-full bg-brand-800 px-2 py-0.5 text-xs">
                {labels(`userRole.${user.role}`)}
              </span>
              {organisationName ? (
                <span className="ml-2 text-brand-100 lg:sr-only 2xl:not-sr-only">{organisationName}</span>
              ) : null}
            </p>
            <LanguageSwitcher />
            <form action={signOutAction}>
              <button type="submit" className="header-control whitespace-nowrap">
                <LogOut aria-hidden="true" className="size-4" />
                {t("signOut")}
              </button>
            </form>
          </div>
        </HeaderMenu>
      </div>
    </header>
  );
}
