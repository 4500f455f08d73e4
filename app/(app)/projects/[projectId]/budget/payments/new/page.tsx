import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PaymentForm } from "@/components/budget/budget-forms";
import { loadBudgetFormPage } from "@/lib/pages/budget-page";
import { BudgetFormPage } from "../../_components/budget-form-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Pages"))("newPayment") };
}

export default async function NewPaymentPage({ params }: { params: Promise<{ projectId: string }> }) {
  const t = await getTranslations("Pages");
  const { project, options } = await loadBudgetFormPage(params);
  return (
    <BudgetFormPage project={project} title={t("newPaymentOf", { acronym: project.acronym })}>
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
    </BudgetFormPage>
  );
}
