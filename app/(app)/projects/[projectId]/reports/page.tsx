import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader, projectCrumbs } from "@/components/layout/page-header";
import { OpenReportButton } from "@/components/report/report-forms";
import { ReportStatusBadge } from "@/components/report/report-status-badge";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import { requireUser } from "@/lib/auth/session";
import { findProjectReports } from "@/lib/dal/partner-reports";
import { formatDate } from "@/lib/format/display";
import { orNotFound } from "@/lib/pages/or-not-found";

export const metadata: Metadata = { title: "Partner reports" };

export default async function ReportsPage({ params }: { params: Promise<{ projectId: string }> }) {
  const user = await requireUser();
  const { projectId } = await params;
  const { project, periods, currentPeriodId } = await orNotFound(findProjectReports(user, projectId));
  const hasRows = periods.some((period) => period.rows.length > 0);

  return (
    <div className="space-y-6">
      <PageHeader
        crumbs={projectCrumbs(project)}
        title={`Partner reports of ${project.acronym}`}
      />
      {periods.length === 0 ? (
        <EmptyState title="No reporting periods planned yet">The project lead plans them on the project page.</EmptyState>
      ) : !hasRows ? (
        <EmptyState title="No reports for you to see">Partners see their own organisation&apos;s reports; the lead and coordinators see all.</EmptyState>
      ) : (
        periods.map((period) => (
          <Card key={period.id} aria-labelledby={`period-${period.number}`}>
            <CardTitle id={`period-${period.number}`}>
              P{period.number} (M{period.startMonth}–M{period.endMonth}){" "}
              {period.id === currentPeriodId ? <Badge tone="info">Current period</Badge> : null}
            </CardTitle>
            {period.deadlines.length ? (
              <p className="mb-2 text-sm text-slate-700">
                Report due {period.deadlines.map((deadline) => `${formatDate(deadline.dueDate)} (${deadline.type.toLowerCase()})`).join(", ")}
              </p>
            ) : null}
            <Table caption={`Reports for P${period.number}`}>
              <thead>
                <tr>
                  <Th>Partner</Th>
                  <Th>Status</Th>
                  <Th>Submitted</Th>
                  <Th>Report</Th>
                </tr>
              </thead>
              <tbody>
                {period.rows.map(({ partner, report, canOpen }) => (
                  <tr key={partner.id}>
                    <Td>
                      PP{partner.partnerNumber} {partner.organisation.name}
                    </Td>
                    <Td>{report ? <ReportStatusBadge status={report.status} /> : <span className="text-slate-600">Not started</span>}</Td>
                    <Td>{report?.submittedAt ? formatDate(report.submittedAt) : "—"}</Td>
                    <Td>
                      {report ? (
                        <Link href={`/projects/${project.id}/reports/${report.id}`} className="text-brand-600 underline" aria-label={`Open the P${period.number} report of ${partner.organisation.name}`}>
                          Open
                        </Link>
                      ) : canOpen ? (
                        <OpenReportButton projectId={project.id} periodId={period.id} partnerId={partner.id} label={`Start the P${period.number} report`} />
                      ) : (
                        "—"
                      )}
                    </Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </Card>
        ))
      )}
    </div>
  );
}
