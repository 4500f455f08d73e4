"use client";

import { Menu, X } from "lucide-react";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { cn } from "@/lib/cn";

/**
 * The header's navigation and account controls: behind a Menu button on narrow screens, in the header's row
 * from 1024 pixels up. The menu closes when the page changes.
 */
export function HeaderMenu({ children, before }: { children: ReactNode; before?: ReactNode }) {
  const t = useTranslations("Header");
  const pathname = usePathname();
  // Open on the page where it was opened: moving to another page closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  return (
    <>
      <div className="flex items-center gap-1 lg:hidden">
        {before}
        <button
          type="button"
          aria-expanded={open}
          aria-controls="app-menu"
          onClick={() => setOpenOn(open ? null : pathname)}
          className="inline-flex min-h-11 min-w-11 items-center justify-center gap-1 rounded-md px-2 hover:bg-brand-700"
        >
          {open ? <X aria-hidden="true" className="size-5" /> : <Menu aria-hidden="true" className="size-5" />}
          {t("menu")}
        </button>
      </div>
      <div
        id="app-menu"
        className={cn(
          open ? "flex" : "hidden",
          "w-full flex-col gap-3 pb-3 lg:flex lg:w-auto lg:flex-1 lg:flex-row lg:items-center lg:justify-between lg:pb-0",
        )}
      >
        {children}
      </div>
    </>
  );
}
