import type { Metadata } from "next";
import { Documents } from "@/components/files/documents";
import { PageHeader, projectCrumbs } from "@/components/layout/page-header";
import { ReportForm, ReportMoves } from "@/components/report/report-forms";
import { ReportStatusBadge } from "@/components/report/report-status-badge";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import { requireUser } from "@/lib/auth/session";
import { getReportFinance } from "@/lib/dal/expenditure";
import { getReportDetail } from "@/lib/dal/partner-reports";
import { env } from "@/lib/env";
import { orNotFound } from "@/lib/pages/or-not-found";
import { getTranslations } from "next-intl/server";
import { getDisplay } from "@/lib/i18n/display";
import { FinanceSection } from "./_components/finance-section";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Report"))("title") };
}

export default async function ReportPage({ params }: { params: Promise<{ projectId: string; reportId: string }> }) {
  const [t, display] = await Promise.all([getTranslations("Report"), getDisplay()]);
  const user = await requireUser();
  const { projectId, reportId } = await params;
  const [{ report, moves, canEdit, seesChecksums, deadlines }, finance] = await Promise.all([
    orNotFound(getReportDetail(user, projectId, reportId)),
    orNotFound(getReportFinance(user, projectId, reportId)),
  ]);
  const canCheck = moves.some((move) => move.to === "ACCEPTED");
  const project = report.project;

  return (
    <div className="space-y-6">
      <PageHeader
        crumbs={projectCrumbs(project, { href: `/projects/${project.id}/reports`, label: t("reports") })}
        title={t("heading", { period: `P${report.period.number}`, partner: report.partner.organisation.name })}
        subtitle={
          <div className="mt-1 flex flex-wrap items-center gap-3 text-sm">
            <ReportStatusBadge status={report.status} />
            <span>
              M{report.period.startMonth}–M{report.period.endMonth}
            </span>
            {deadlines.map((deadline) => (
              <span key={deadline.id}>
                {t("dueOn", { type: deadline.type, date: display.date(deadline.dueDate) })}
                {deadline.isLate ? (
                  <Badge tone="danger" className="ml-2">
                    {report.submittedAt ? t("sentLate") : t("late")}
                  </Badge>
                ) : null}
              </span>
            ))}
            {report.submittedAt ? <span>{t("submitted", { date: display.date(report.submittedAt) })}</span> : null}
          </div>
        }
      />

      {report.status === "RETURNED" && report.reviewComment ? (
        <FormMessage tone="error">
          {report.reviewedAt
            ? t("returnedOn", {
                name: report.reviewer?.name ?? t("theLead"),
                date: display.date(report.reviewedAt),
                comment: report.reviewComment,
              })
            : t("returned", { name: report.reviewer?.name ?? t("theLead"), comment: report.reviewComment })}
        </FormMessage>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card aria-labelledby="files-heading">
            <CardTitle id="files-heading">{t("files")}</CardTitle>
            <Documents
              documents={report.documents}
              uploadEndpoint={canEdit ? `/api/uploads?reportId=${report.id}` : undefined}
              maxBytes={env.MAX_UPLOAD_BYTES}
              showChecksums={seesChecksums}
            />
          </Card>
          <FinanceSection
            finance={finance}
            projectId={project.id}
            reportId={report.id}
            canEdit={canEdit}
            canCheck={canCheck}
            showsAccepted={canCheck || report.status === "ACCEPTED"}
          />
          <Card aria-labelledby="summary-heading">
            <CardTitle id="summary-heading">{t("summary")}</CardTitle>
            {canEdit ? (
              <ReportForm
                projectId={project.id}
                reportId={report.id}
                summary={report.summary ?? ""}
                sendLabel={t(`moves.${report.status}_SUBMITTED`)}
                documentsToSend={report.documents.map((document) => ({
                  id: document.id,
                  title: document.title,
                  versionNumber: document.versions[0]!.versionNumber,
                  fileName: document.versions[0]!.originalName,
                }))}
              />
            ) : (
              <p className="whitespace-pre-wrap text-slate-700">{report.summary || t("noSummary")}</p>
            )}
          </Card>
        </div>
        <Card aria-labelledby="review-heading">
          <CardTitle id="review-heading">{canCheck ? t("review") : t("status")}</CardTitle>
          {canEdit ? (
            <p className="text-sm text-slate-600">{t("sendWithSummary")}</p>
          ) : moves.length ? (
            <ReportMoves
              key={report.status}
              projectId={project.id}
              reportId={report.id}
              moves={moves.map((move) => ({ ...move, label: t(`moves.${report.status}_${move.to}`) }))}
            />
          ) : (
            <p className="text-sm text-slate-600">{t("nothingToChange")}</p>
          )}
          {report.status === "ACCEPTED" && report.reviewComment ? (
            <p className="mt-2 text-sm">{t("leadComment", { comment: report.reviewComment })}</p>
          ) : null}
        </Card>
      </div>
    </div>
  );
}
