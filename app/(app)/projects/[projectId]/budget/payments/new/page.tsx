import type { Metadata } from "next";
import { PaymentForm } from "@/components/budget/budget-forms";
import { PageHeader, projectCrumbs } from "@/components/layout/page-header";
import { loadBudgetFormPage } from "@/lib/pages/budget-page";

export const metadata: Metadata = { title: "New payment" };

export default async function NewPaymentPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { project, options } = await loadBudgetFormPage(params);
  return (
    <div className="space-y-6">
      <PageHeader crumbs={projectCrumbs(project, { href: `/projects/${project.id}/budget`, label: "Budget" })} title={`New payment of ${project.acronym}`} />
      <PaymentForm
        options={options}
        payment={{ projectId: project.id, kind: "INTERIM", periodId: "", plannedDate: "", plannedAmount: "", receivedDate: "", receivedAmount: "", note: "" }}
      />
    </div>
  );
}
