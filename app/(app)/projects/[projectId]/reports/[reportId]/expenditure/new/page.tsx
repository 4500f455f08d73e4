import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getReportFinance } from "@/lib/dal/expenditure";
import { getReportDetail } from "@/lib/dal/partner-reports";
import { orNotFound } from "@/lib/pages/or-not-found";
import { ExpenditureFormPage } from "../_components/expenditure-form-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Expenditure"))("newItem") };
}

export default async function NewExpenditurePage({
  params,
}: {
  params: Promise<{ projectId: string; reportId: string }>;
}) {
  const t = await getTranslations("Expenditure");
  const user = await requireUser();
  const { projectId, reportId } = await params;
  const detail = await orNotFound(getReportDetail(user, projectId, reportId));
  if (!detail.canEdit) notFound();
  const finance = await orNotFound(getReportFinance(user, projectId, reportId));
  return (
    <ExpenditureFormPage
      report={detail.report}
      finance={finance}
      title={t("newItem")}
      item={{
        projectId,
        reportId,
        category: "",
        description: "",
        supplier: "",
        invoiceNumber: "",
        invoiceDate: "",
        paymentDate: "",
        amount: "",
        currency: finance.currency,
      }}
    />
  );
}
