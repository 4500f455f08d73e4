import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PaymentForm } from "@/components/budget/budget-forms";
import { PageHeader, projectCrumbs } from "@/components/layout/page-header";
import { loadBudgetFormPage } from "@/lib/pages/budget-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Pages"))("newPayment") };
}

export default async function NewPaymentPage({ params }: { params: Promise<{ projectId: string }> }) {
  const t = await getTranslations("Pages");
  const { project, options } = await loadBudgetFormPage(params);
  return (
    <div className="space-y-6">
      <PageHeader
        crumbs={projectCrumbs(project, { href: `/projects/${project.id}/budget`, label: t("budget") })}
        title={t("newPaymentOf", { acronym: project.acronym })}
      />
      <PaymentForm
        options={options}
        payment={{
          projectId: project.id,
          kind: "INTERIM",
          periodId: "",
          plannedDate: "",
          plannedAmount: "",
          receivedDate: "",
          receivedAmount: "",
          note: "",
        }}
      />
    </div>
  );
}
