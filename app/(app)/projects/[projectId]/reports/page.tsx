import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { PageHeader, projectCrumbs } from "@/components/layout/page-header";
import { OpenReportButton } from "@/components/report/report-forms";
import { ReportStatusBadge } from "@/components/report/report-status-badge";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { RecordTable } from "@/components/ui/record-table";
import { requireUser } from "@/lib/auth/session";
import { findProjectReports } from "@/lib/dal/partner-reports";
import { orNotFound } from "@/lib/pages/or-not-found";
import { getTranslations } from "next-intl/server";
import { getDisplay } from "@/lib/i18n/display";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Reports"))("title") };
}

export default async function ReportsPage({ params }: { params: Promise<{ projectId: string }> }) {
  const [t, progress, display] = await Promise.all([
    getTranslations("Reports"),
    getTranslations("ProgressReport"),
    getDisplay(),
  ]);
  const user = await requireUser();
  const { projectId } = await params;
  const { project, periods, currentPeriod, canCompileProgressReports } = await orNotFound(
    findProjectReports(user, projectId),
  );
  const hasRows = periods.some((period) => period.rows.length > 0);

  return (
    <div className="space-y-6">
      <PageHeader crumbs={projectCrumbs(project)} title={t("heading", { acronym: project.acronym })} />
      {periods.length === 0 ? (
        <EmptyState title={t("noPeriods")}>{t("noPeriodsHint")}</EmptyState>
      ) : !hasRows ? (
        <EmptyState title={t("noReports")}>{t("noReportsHint")}</EmptyState>
      ) : (
        periods.map((period) => (
          <Card key={period.id} aria-labelledby={`period-${period.number}`}>
            <CardTitle id={`period-${period.number}`}>
              P{period.number} (M{period.startMonth}–M{period.endMonth}){" "}
              {period.id === currentPeriod?.id ? <Badge tone="info">{t(`period.${currentPeriod.when}`)}</Badge> : null}
            </CardTitle>
            {canCompileProgressReports ? (
              <ul
                aria-label={progress("linksOf", { period: `P${period.number}` })}
                className="mb-2 flex flex-wrap gap-4 text-sm"
              >
                {(["docx", "pdf"] as const).map((format) => (
                  <li key={format}>
                    <a
                      href={`/projects/${project.id}/progress-report/${period.id}?format=${format}`}
                      className="link"
                      download
                    >
                      {progress(format === "docx" ? "docxLink" : "pdfLink")}
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
            {period.deadlines.length ? (
              <p className="mb-2 text-sm text-slate-700">
                {t("due", {
                  dates: period.deadlines
                    .map((deadline) => `${display.date(deadline.dueDate)} (${t(`deadlineType.${deadline.type}`)})`)
                    .join(", "),
                })}
              </p>
            ) : null}
            <RecordTable
              caption={t("caption", { period: `P${period.number}` })}
              rows={period.rows.map((row) => ({ ...row, id: row.partner.id }))}
              columns={[
                {
                  header: t("partner"),
                  cell: ({ partner }) => `PP${partner.partnerNumber} ${partner.organisation.name}`,
                },
                {
                  header: t("status"),
                  cell: ({ report }) =>
                    report ? (
                      <ReportStatusBadge status={report.status} />
                    ) : (
                      <span className="text-slate-600">{t("notStarted")}</span>
                    ),
                },
                {
                  header: t("submitted"),
                  cell: ({ report }) => (report?.submittedAt ? display.date(report.submittedAt) : "—"),
                },
                {
                  header: t("report"),
                  cell: ({ partner, report, canOpen }) =>
                    report ? (
                      <Link
                        href={`/projects/${project.id}/reports/${report.id}`}
                        className="link"
                        aria-label={t("openLabel", { period: `P${period.number}`, partner: partner.organisation.name })}
                      >
                        {t("open")}
                      </Link>
                    ) : canOpen ? (
                      <OpenReportButton
                        projectId={project.id}
                        periodId={period.id}
                        partnerId={partner.id}
                        label={t("start", { period: `P${period.number}` })}
                      />
                    ) : (
                      "—"
                    ),
                },
              ]}
            />
          </Card>
        ))
      )}
    </div>
  );
}
