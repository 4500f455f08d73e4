import type { Metadata } from "next";
import { BudgetLineForm } from "@/components/budget/budget-forms";
import { PageHeader, projectCrumbs } from "@/components/layout/page-header";
import { getBudgetLineForEdit } from "@/lib/dal/budget";
import { loadBudgetFormPage } from "@/lib/pages/budget-page";
import { orNotFound } from "@/lib/pages/or-not-found";

export const metadata: Metadata = { title: "Edit budget line" };

export default async function EditBudgetLinePage({ params }: { params: Promise<{ projectId: string; lineId: string }> }) {
  const { user, project, options } = await loadBudgetFormPage(params);
  const line = await orNotFound(getBudgetLineForEdit(user, project.id, (await params).lineId));
  return (
    <div className="space-y-6">
      <PageHeader crumbs={projectCrumbs(project, { href: `/projects/${project.id}/budget`, label: "Budget" })} title={`Edit a budget line of ${project.acronym}`} />
      <BudgetLineForm options={options} line={{ ...line, projectId: project.id, amount: line.amount.toFixed(2) }} />
    </div>
  );
}
