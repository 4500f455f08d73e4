import { getTranslations } from "next-intl/server";
import { ExpenditureItemForm } from "@/components/finance/expenditure-forms";
import { PageHeader, projectCrumbs } from "@/components/layout/page-header";
import type { getReportFinance } from "@/lib/dal/expenditure";
import { FLAT_RATE_CATEGORY } from "@/lib/finance/conversion";
import { toDateInput } from "@/lib/validation/common";
import type { TSaveExpenditureItemInput } from "@/lib/validation/expenditure";

type ReportOfPage = {
  id: string;
  project: { id: string; acronym: string };
  period: { number: number };
  partner: { organisation: { name: string } };
};

/** The crumbs of a report's expenditure pages: the project, then the report. */
export async function reportCrumbs(report: ReportOfPage) {
  const t = await getTranslations("Report");
  return projectCrumbs(report.project, {
    href: `/projects/${report.project.id}/reports/${report.id}`,
    label: t("heading", { period: `P${report.period.number}`, partner: report.partner.organisation.name }),
  });
}

/** Adding or editing an item: its report in the crumbs, the form with the project's flat rate and dates. */
export async function ExpenditureFormPage({
  report,
  finance,
  title,
  item,
}: {
  report: ReportOfPage;
  finance: NonNullable<Awaited<ReturnType<typeof getReportFinance>>>;
  title: string;
  item: TSaveExpenditureItemInput;
}) {
  return (
    <div className="space-y-6">
      <PageHeader crumbs={await reportCrumbs(report)} title={title} />
      <ExpenditureItemForm
        flatRateCategory={finance.flatRatePercent ? FLAT_RATE_CATEGORY : null}
        invoiceDates={{ from: toDateInput(finance.invoiceDates.from), to: toDateInput(finance.invoiceDates.to) }}
        item={item}
      />
    </div>
  );
}
