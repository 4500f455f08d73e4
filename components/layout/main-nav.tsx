"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/cn";

type NavLink = { href: string; label: string; section?: string };

const LINKS: NavLink[] = [
  { href: "/dashboard", label: "Dashboard" },
  { href: "/projects", label: "Projects" },
  { href: "/portfolio", label: "Portfolio" },
  { href: "/programmes", label: "Programmes" },
  { href: "/organisations", label: "Organisations" },
];

// The Users link stands for the whole administration section (users, outbox).
const ADMIN_LINKS = [{ href: "/admin/users", label: "Users", section: "/admin" }];

export function MainNav({ isAdmin }: { isAdmin: boolean }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Main">
      <ul className="flex flex-wrap gap-1">
        {(isAdmin ? [...LINKS, ...ADMIN_LINKS] : LINKS).map((link) => {
          const section = link.section ?? link.href;
          const isCurrent = pathname === section || pathname.startsWith(`${section}/`);
          return (
            <li key={link.href}>
              <Link
                href={link.href}
                aria-current={isCurrent ? "page" : undefined}
                className={cn(
                  "block rounded-md px-3 py-2 text-sm font-medium text-brand-50 hover:bg-brand-700",
                  isCurrent && "bg-brand-800 underline underline-offset-4",
                )}
              >
                {link.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
