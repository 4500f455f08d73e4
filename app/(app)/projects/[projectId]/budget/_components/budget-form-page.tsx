import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { PageHeader, projectCrumbs } from "@/components/layout/page-header";

/** The frame of the budget's form pages (lines and payments): the way back to the budget, the title, the form. */
export async function BudgetFormPage({
  project,
  title,
  children,
}: {
  project: { id: string; acronym: string };
  title: string;
  children: ReactNode;
}) {
  const t = await getTranslations("Pages");
  return (
    <div className="space-y-6">
      <PageHeader
        crumbs={projectCrumbs(project, { href: `/projects/${project.id}/budget`, label: t("budget") })}
        title={title}
      />
      {children}
    </div>
  );
}
