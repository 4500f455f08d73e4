import Link from "next/link";
import type { ReactNode } from "react";

type Crumb = { href: string; label: string };

/** Breadcrumbs, the page's one h1, and its main actions. */
export function PageHeader({ crumbs = [], title, subtitle, actions }: { crumbs?: Crumb[]; title: ReactNode; subtitle?: ReactNode; actions?: ReactNode }) {
  return (
    <div className="flex flex-wrap items-end justify-between gap-3">
      <div>
        {crumbs.length ? (
          <nav aria-label="Breadcrumb" className="text-sm text-slate-600">
            {crumbs.map((crumb) => (
              <span key={crumb.href}>
                <Link href={crumb.href} className="underline">
                  {crumb.label}
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
export function projectCrumbs(project: { id: string; acronym: string }, ...more: Crumb[]): Crumb[] {
  return [{ href: "/projects", label: "Projects" }, { href: `/projects/${project.id}`, label: project.acronym }, ...more];
}
