import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader, projectCrumbs } from "@/components/layout/page-header";
import { describeSpan, GanttChart } from "@/components/timeline/gantt-chart";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import { requireUser } from "@/lib/auth/session";
import { getProjectTimeline } from "@/lib/dal/timeline";
import { formatDate } from "@/lib/format/display";
import { projectEndDate, todayUtc } from "@/lib/format/project-months";
import { timelineRows } from "@/lib/format/timeline-rows";
import { orNotFound } from "@/lib/pages/or-not-found";
import { ZTimelineScale } from "@/lib/validation/timeline";

export const metadata: Metadata = { title: "Timeline" };

type TimelinePageProps = {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function TimelinePage({ params, searchParams }: TimelinePageProps) {
  const user = await requireUser();
  const { projectId } = await params;
  const scale = ZTimelineScale.parse((await searchParams).scale);
  const { project } = await orNotFound(getProjectTimeline(user, projectId));
  const today = todayUtc();
  const rows = timelineRows(project, today);
  const basePath = `/projects/${project.id}/timeline`;

  return (
    <div className="space-y-4">
      <PageHeader
        crumbs={projectCrumbs(project)}
        title={`Timeline of ${project.acronym}`}
        subtitle={`${formatDate(project.startDate)} – ${formatDate(projectEndDate(project.startDate, project.durationMonths))}, ${project.durationMonths} months`}
        actions={
          <Button asChild variant="secondary" className="no-print">
            <a href={`/projects/${project.id}/export?data=timeline`} download>
              Export as CSV
            </a>
          </Button>
        }
      />
      <nav aria-label="Time scale" className="no-print flex gap-2">
        <Button asChild variant={scale === "months" ? "primary" : "secondary"}>
          <Link href={basePath} aria-current={scale === "months" ? "page" : undefined}>
            Project months
          </Link>
        </Button>
        <Button asChild variant={scale === "dates" ? "primary" : "secondary"}>
          <Link href={`${basePath}?scale=dates`} aria-current={scale === "dates" ? "page" : undefined}>
            Calendar dates
          </Link>
        </Button>
      </nav>
      {rows.length === 0 ? (
        <EmptyState title="Nothing planned yet">Work packages, deliverables, milestones and reporting periods will appear here.</EmptyState>
      ) : (
        <>
          <GanttChart start={project.startDate} durationMonths={project.durationMonths} rows={rows} scale={scale} today={today} title={`Gantt chart of ${project.acronym}`} />
          <p className="text-sm text-slate-600">
            Bars are reporting periods and work packages; diamonds are deliverables and milestones at the end of their due month. Overdue items say so in
            their label and are drawn in red.
          </p>
          <details className="rounded-md border border-slate-200 bg-white p-3" open={rows.length <= 40}>
            <summary className="cursor-pointer font-medium">Table view</summary>
            <Table caption="The timeline as a table">
              <thead>
                <tr>
                  <Th>Kind</Th>
                  <Th>Item</Th>
                  <Th>State</Th>
                  <Th>{scale === "months" ? "Months" : "Dates"}</Th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.id}>
                    <Td>{row.group}</Td>
                    <Td>{row.label}</Td>
                    <Td>{row.state ?? "—"}</Td>
                    <Td className="whitespace-nowrap">{describeSpan(project.startDate, row.from, row.to, row.isPoint, scale)}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </details>
        </>
      )}
    </div>
  );
}
