import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ExpenditureItemForm } from "@/components/finance/expenditure-forms";
import { PageHeader, projectCrumbs } from "@/components/layout/page-header";
import { requireUser } from "@/lib/auth/session";
import { getReportDetail } from "@/lib/dal/partner-reports";
import { getReportFinance } from "@/lib/dal/expenditure";
import { orNotFound } from "@/lib/pages/or-not-found";
import { toDateInput } from "@/lib/validation/common";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Expenditure"))("newItem") };
}

export default async function NewExpenditurePage({
  params,
}: {
  params: Promise<{ projectId: string; reportId: string }>;
}) {
  const [t, reports] = await Promise.all([getTranslations("Expenditure"), getTranslations("Report")]);
  const user = await requireUser();
  const { projectId, reportId } = await params;
  const detail = await orNotFound(getReportDetail(user, projectId, reportId));
  if (!detail.canEdit) notFound();
  const finance = await orNotFound(getReportFinance(user, projectId, reportId));
  const { report } = detail;
  return (
    <div className="space-y-6">
      <PageHeader
        crumbs={projectCrumbs(report.project, {
          href: `/projects/${projectId}/reports/${reportId}`,
          label: reports("heading", { period: `P${report.period.number}`, partner: report.partner.organisation.name }),
        })}
        title={t("newItem")}
      />
      <ExpenditureItemForm
        flatRateCategory={finance.flatRatePercent ? "OFFICE_AND_ADMINISTRATION" : null}
        invoiceDates={{ from: toDateInput(finance.invoiceDates.from), to: toDateInput(finance.invoiceDates.to) }}
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
    </div>
  );
}
