import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

/** A crumb names itself, or names a main section by its navigation key (translated here). */
type Crumb =
  | { href: string; label: string }
  | { href: string; section: "projects" | "programmes" | "networks" | "organisations" | "users" };

/** Breadcrumbs, the page's one h1, and its main actions. */
export function PageHeader({
  crumbs = [],
  title,
  subtitle,
  actions,
}: {
  crumbs?: Crumb[];
  title: ReactNode;
  subtitle?: ReactNode;
  actions?: ReactNode;
}) {
  const nav = useTranslations("Nav");
  return (
    <div className="flex flex-wrap items-end justify-between gap-3">
      <div>
        {crumbs.length ? (
          <nav aria-label={nav("breadcrumb")} className="text-sm text-slate-600">
            {crumbs.map((crumb) => (
              <span key={crumb.href}>
                <Link href={crumb.href} className="underline">
                  {"section" in crumb ? nav(crumb.section) : crumb.label}
                </Link>{" "}
                /{" "}
              </span>
            ))}
          </nav>
        ) : null}
        <h1 className="mt-1 text-2xl font-bold">{title}</h1>
        {subtitle ? <div className="mt-1 text-slate-700">{subtitle}</div> : null}
      </div>
      {actions ? <div className="flex flex-wrap gap-2">{actions}</div> : null}
    </div>
  );
}

/** Breadcrumbs down to a project, and any further levels. */
export function programmeCrumbs(programme: { id: string; code: string }, ...more: Crumb[]): Crumb[] {
  return [
    { href: "/programmes", section: "programmes" },
    { href: `/programmes/${programme.id}`, label: programme.code },
    ...more,
  ];
}

export function projectCrumbs(project: { id: string; acronym: string }, ...more: Crumb[]): Crumb[] {
  return [
    { href: "/projects", section: "projects" },
    { href: `/projects/${project.id}`, label: project.acronym },
    ...more,
  ];
}
