import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ExpenditureItemForm } from "@/components/finance/expenditure-forms";
import { PageHeader, projectCrumbs } from "@/components/layout/page-header";
import { requireUser } from "@/lib/auth/session";
import { getExpenditureItemPage } from "@/lib/dal/expenditure";
import { orNotFound } from "@/lib/pages/or-not-found";
import { toDateInput } from "@/lib/validation/common";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Expenditure"))("editItem") };
}

export default async function EditExpenditurePage({
  params,
}: {
  params: Promise<{ projectId: string; reportId: string; itemId: string }>;
}) {
  const [t, reports] = await Promise.all([getTranslations("Expenditure"), getTranslations("Report")]);
  const user = await requireUser();
  const { projectId, reportId, itemId } = await params;
  const { item, finance, report, canEdit } = await orNotFound(
    getExpenditureItemPage(user, projectId, reportId, itemId),
  );
  if (!canEdit) notFound();
  return (
    <div className="space-y-6">
      <PageHeader
        crumbs={projectCrumbs(report.project, {
          href: `/projects/${projectId}/reports/${reportId}`,
          label: reports("heading", { period: `P${report.period.number}`, partner: report.partner.organisation.name }),
        })}
        title={t("editItem")}
      />
      <ExpenditureItemForm
        flatRateCategory={finance.flatRatePercent ? "OFFICE_AND_ADMINISTRATION" : null}
        invoiceDates={{ from: toDateInput(finance.invoiceDates.from), to: toDateInput(finance.invoiceDates.to) }}
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
    </div>
  );
}
