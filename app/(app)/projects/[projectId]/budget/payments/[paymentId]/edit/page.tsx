import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PaymentForm } from "@/components/budget/budget-forms";
import { getPaymentForEdit } from "@/lib/dal/payments";
import { loadBudgetFormPage } from "@/lib/pages/budget-page";
import { BudgetFormPage } from "../../../_components/budget-form-page";
import { orNotFound } from "@/lib/pages/or-not-found";
import { toDateInput } from "@/lib/validation/common";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Pages"))("editPayment") };
}

export default async function EditPaymentPage({
  params,
}: {
  params: Promise<{ projectId: string; paymentId: string }>;
}) {
  const t = await getTranslations("Pages");
  const { user, project, options } = await loadBudgetFormPage(params);
  const payment = await orNotFound(getPaymentForEdit(user, project.id, (await params).paymentId));
  return (
    <BudgetFormPage project={project} title={t("editPaymentOf", { acronym: project.acronym })}>
      <PaymentForm
        options={options}
        payment={{
          projectId: project.id,
          id: payment.id,
          version: payment.version,
          kind: payment.kind,
          periodId: payment.periodId ?? "",
          plannedDate: toDateInput(payment.plannedDate),
          plannedAmount: payment.plannedAmount.toFixed(2),
          receivedDate: toDateInput(payment.receivedDate),
          receivedAmount: payment.receivedAmount?.toFixed(2) ?? "",
          note: payment.note ?? "",
        }}
      />
    </BudgetFormPage>
  );
}
