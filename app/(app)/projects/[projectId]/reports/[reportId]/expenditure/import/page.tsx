import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ExpenditureImportForm } from "@/components/finance/expenditure-import-form";
import { PageHeader } from "@/components/layout/page-header";
import { requireUser } from "@/lib/auth/session";
import { getReportDetail } from "@/lib/dal/partner-reports";
import { orNotFound } from "@/lib/pages/or-not-found";
import { reportCrumbs } from "../_components/expenditure-form-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ExpenditureImport"))("title") };
}

/** A partner imports its report's expenditure from a spreadsheet, starting from the report's own template. */
export default async function ImportExpenditurePage({
  params,
}: {
  params: Promise<{ projectId: string; reportId: string }>;
}) {
  const t = await getTranslations("ExpenditureImport");
  const user = await requireUser();
  const { projectId, reportId } = await params;
  const detail = await orNotFound(getReportDetail(user, projectId, reportId));
  if (!detail.canEdit) notFound();
  const base = `/projects/${projectId}/reports/${reportId}/expenditure`;
  return (
    <div className="space-y-6">
      <PageHeader crumbs={await reportCrumbs(detail.report)} title={t("title")} subtitle={t("subtitle")} />
      <p>
        <a className="text-brand-700 underline" href={`${base}/template`} download>
          {t("downloadTemplate")}
        </a>
      </p>
      <ExpenditureImportForm projectId={projectId} reportId={reportId} />
    </div>
  );
}
