import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getExpenditureItemPage } from "@/lib/dal/expenditure";
import { orNotFound } from "@/lib/pages/or-not-found";
import { toDateInput } from "@/lib/validation/common";
import { ExpenditureFormPage } from "../../_components/expenditure-form-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Expenditure"))("editItem") };
}

export default async function EditExpenditurePage({
  params,
}: {
  params: Promise<{ projectId: string; reportId: string; itemId: string }>;
}) {
  const t = await getTranslations("Expenditure");
  const user = await requireUser();
  const { projectId, reportId, itemId } = await params;
  const { item, finance, report, canEdit } = await orNotFound(
    getExpenditureItemPage(user, projectId, reportId, itemId),
  );
  if (!canEdit) notFound();
  return (
    <ExpenditureFormPage
      report={report}
      finance={finance}
      title={t("editItem")}
      item={{
        projectId,
        reportId,
        id: item.id,
        version: item.version,
        category: item.category,
        description: item.description,
        supplier: item.supplier ?? "",
        invoiceNumber: item.invoiceNumber ?? "",
        invoiceDate: toDateInput(item.invoiceDate),
        paymentDate: toDateInput(item.paymentDate),
        amount: item.amount.toFixed(2),
        currency: item.currency,
      }}
    />
  );
}
