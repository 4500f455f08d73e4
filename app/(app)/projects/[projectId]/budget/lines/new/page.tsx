import type { Metadata } from "next";
import { BudgetLineForm } from "@/components/budget/budget-forms";
import { PageHeader, projectCrumbs } from "@/components/layout/page-header";
import { loadBudgetFormPage } from "@/lib/pages/budget-page";

export const metadata: Metadata = { title: "New budget line" };

export default async function NewBudgetLinePage({ params }: { params: Promise<{ projectId: string }> }) {
  const { project, options } = await loadBudgetFormPage(params);
  return (
    <div className="space-y-6">
      <PageHeader crumbs={projectCrumbs(project, { href: `/projects/${project.id}/budget`, label: "Budget" })} title={`New budget line of ${project.acronym}`} />
      <BudgetLineForm options={options} line={{ projectId: project.id, partnerId: "", periodId: "", category: "" as never, amount: "" }} />
    </div>
  );
}
