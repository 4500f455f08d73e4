import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader, projectCrumbs } from "@/components/layout/page-header";
import { describeSpan, GanttChart } from "@/components/timeline/gantt-chart";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ChartWithTable } from "@/components/ui/chart";
import { Table, Td, Th } from "@/components/ui/table";
import { requireUser } from "@/lib/auth/session";
import { getProjectTimeline } from "@/lib/dal/timeline";
import { projectEndDate, todayUtc } from "@/lib/format/project-months";
import { timelineRows, timelineWords } from "@/lib/format/timeline-rows";
import { orNotFound } from "@/lib/pages/or-not-found";
import { ZTimelineScale } from "@/lib/validation/timeline";
import { getTranslations } from "next-intl/server";
import { getDisplay } from "@/lib/i18n/display";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Timeline"))("title") };
}

type TimelinePageProps = {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function TimelinePage({ params, searchParams }: TimelinePageProps) {
  const [t, labels, display] = await Promise.all([
    getTranslations("Timeline"),
    getTranslations("Labels"),
    getDisplay(),
  ]);
  const user = await requireUser();
  const { projectId } = await params;
  const scale = ZTimelineScale.parse((await searchParams).scale);
  const { project } = await orNotFound(getProjectTimeline(user, projectId));
  const today = todayUtc();
  const rows = timelineRows(
    project,
    today,
    timelineWords(
      (key, values) => t(key as never, values as never),
      labels.raw("deliverableStatus") as Record<string, string>,
    ),
  );
  const basePath = `/projects/${project.id}/timeline`;

  return (
    <div className="space-y-4">
      <PageHeader
        crumbs={projectCrumbs(project)}
        title={t("heading", { acronym: project.acronym })}
        subtitle={`${display.date(project.startDate)} – ${display.date(projectEndDate(project.startDate, project.durationMonths))}, ${t("months", { count: project.durationMonths })}`}
        actions={
          <>
            <Button asChild variant="secondary" className="no-print">
              <a href={`/projects/${project.id}/export?data=timeline`} download>
                {t("export")}
              </a>
            </Button>
            <Button asChild variant="secondary" className="no-print">
              <a href={`/projects/${project.id}/export?data=timeline&format=xlsx`} download>
                {t("exportXlsx")}
              </a>
            </Button>
          </>
        }
      />
      <nav aria-label={t("scale")} className="no-print flex gap-2">
        <Button asChild variant={scale === "months" ? "primary" : "secondary"}>
          <Link href={basePath} aria-current={scale === "months" ? "page" : undefined}>
            {t("projectMonths")}
          </Link>
        </Button>
        <Button asChild variant={scale === "dates" ? "primary" : "secondary"}>
          <Link href={`${basePath}?scale=dates`} aria-current={scale === "dates" ? "page" : undefined}>
            {t("calendarDates")}
          </Link>
        </Button>
      </nav>
      {rows.length === 0 ? (
        <EmptyState title={t("nothing")}>{t("nothingHint")}</EmptyState>
      ) : (
        <ChartWithTable
          chart={
            <>
              <GanttChart
                start={project.startDate}
                durationMonths={project.durationMonths}
                rows={rows}
                scale={scale}
                today={today}
                title={t("gantt", { acronym: project.acronym })}
              />
              <p className="text-sm text-slate-600">{t("legend")}</p>
            </>
          }
          table={
            <details className="rounded-md border border-slate-200 bg-white p-3" open={rows.length <= 40}>
              <summary className="cursor-pointer font-medium max-sm:py-3">{t("tableView")}</summary>
              <Table caption={t("tableCaption")}>
                <thead>
                  <tr>
                    <Th>{t("kind")}</Th>
                    <Th>{t("item")}</Th>
                    <Th>{t("state")}</Th>
                    <Th>{scale === "months" ? t("monthsColumn") : t("datesColumn")}</Th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.id}>
                      <Td>{row.group}</Td>
                      <Td>{row.label}</Td>
                      <Td>{row.state ?? "—"}</Td>
                      <Td className="whitespace-nowrap">
                        {describeSpan(project.startDate, row.from, row.to, row.isPoint, scale, display.date)}
                      </Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            </details>
          }
        />
      )}
    </div>
  );
}
