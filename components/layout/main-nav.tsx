"use client";

import { Link } from "@/components/ui/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/cn";

type NavLink = {
  href: string;
  label: "dashboard" | "projects" | "portfolio" | "programmes" | "networks" | "organisations" | "users";
  section?: string;
};

const LINKS: NavLink[] = [
  { href: "/dashboard", label: "dashboard" },
  { href: "/projects", label: "projects" },
  { href: "/portfolio", label: "portfolio" },
  { href: "/programmes", label: "programmes" },
  { href: "/networks", label: "networks" },
  { href: "/organisations", label: "organisations" },
];

// The Users link stands for the whole administration section (users, outbox).
const ADMIN_LINKS: NavLink[] = [{ href: "/admin/users", label: "users", section: "/admin" }];

export function MainNav({ isAdmin }: { isAdmin: boolean }) {
  const pathname = usePathname();
  const t = useTranslations("Nav");
  return (
    <nav aria-label={t("main")}>
      <ul className="flex flex-col gap-1 lg:flex-row lg:flex-nowrap">
        {(isAdmin ? [...LINKS, ...ADMIN_LINKS] : LINKS).map((link) => {
          const section = link.section ?? link.href;
          const isCurrent = pathname === section || pathname.startsWith(`${section}/`);
          return (
            <li key={link.href}>
              <Link
                href={link.href}
                aria-current={isCurrent ? "page" : undefined}
                className={cn("nav-link", isCurrent && "bg-brand-800 underline underline-offset-4")}
              >
                {t(link.label)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
