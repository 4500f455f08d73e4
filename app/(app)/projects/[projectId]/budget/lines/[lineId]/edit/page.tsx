import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BudgetLineForm } from "@/components/budget/budget-forms";
import { PageHeader, projectCrumbs } from "@/components/layout/page-header";
import { getBudgetLineForEdit } from "@/lib/dal/budget";
import { loadBudgetFormPage } from "@/lib/pages/budget-page";
import { orNotFound } from "@/lib/pages/or-not-found";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Pages"))("editBudgetLine") };
}

export default async function EditBudgetLinePage({
  params,
}: {
  params: Promise<{ projectId: string; lineId: string }>;
}) {
  const t = await getTranslations("Pages");
  const { user, project, options } = await loadBudgetFormPage(params);
  const line = await orNotFound(getBudgetLineForEdit(user, project.id, (await params).lineId));
  return (
    <div className="space-y-6">
      <PageHeader
        crumbs={projectCrumbs(project, { href: `/projects/${project.id}/budget`, label: t("budget") })}
        title={t("editBudgetLineOf", { acronym: project.acronym })}
      />
      <BudgetLineForm options={options} line={{ ...line, projectId: project.id, amount: line.amount.toFixed(2) }} />
    </div>
  );
}
