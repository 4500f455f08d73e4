import Link from "next/link";
import { LogOut } from "lucide-react";
import { signOutAction } from "@/lib/actions/auth";
import type { SessionUser } from "@/lib/auth/permissions";
import { USER_ROLE_LABELS } from "@/lib/format/labels";
import { MainNav } from "./main-nav";

export function AppHeader({ user, organisationName }: { user: SessionUser; organisationName: string | null }) {
  return (
    <header data-app-header className="bg-brand-600 text-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-2">
        <div className="flex flex-wrap items-center gap-4">
          <Link href="/dashboard" className="text-lg font-bold tracking-tight">
            Consortia
          </Link>
          <MainNav isAdmin={user.role === "ADMIN"} />
        </div>
        <div className="flex items-center gap-3 text-sm">
          <p aria-label="Signed in as">
            <span className="font-medium">{user.name}</span>{" "}
            <span className="rounded-full bg-brand-800 px-2 py-0.5 text-xs">{USER_ROLE_LABELS[user.role]}</span>
            {organisationName ? <span className="ml-2 text-brand-100">{organisationName}</span> : null}
          </p>
          <form action={signOutAction}>
            <button type="submit" className="inline-flex items-center gap-1 rounded-md px-2 py-1.5 hover:bg-brand-700">
              <LogOut aria-hidden="true" className="size-4" />
              Sign out
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}
