import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { PageHeader, projectCrumbs } from "@/components/layout/page-header";
import { GanttChart } from "@/components/timeline/gantt-chart";
import { GanttTable } from "@/components/timeline/gantt-table";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ChartWithTable } from "@/components/ui/chart";
import { requireUser } from "@/lib/auth/session";
import { getProjectTimeline } from "@/lib/dal/timeline";
import { projectEndDate, projectMonthAt, todayUtc } from "@/lib/format/project-months";
import { timelineRows, timelineWords } from "@/lib/format/timeline-rows";
import { orNotFound } from "@/lib/pages/or-not-found";
import { partnerOptions } from "@/lib/pages/select-options";
import { parseFilters } from "@/lib/validation/list-filters";
import {
  GANTT_PAGE_SIZE,
  GANTT_ZOOMS,
  ZGanttPage,
  ZGanttWindow,
  ZTimelineFilters,
  ZTimelineScale,
} from "@/lib/validation/timeline";
import { ganttWindow } from "@/lib/timeline/gantt-window";
import { listHref, Pagination } from "@/components/ui/pagination";
import { DeliverableStatus } from "@/generated/prisma/enums";
import { enumOptions } from "@/components/forms/enum-options";
import { FilterForm } from "@/components/ui/filter-form";
import { FilterSelect } from "@/components/ui/filter-select";
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
  const query = await searchParams;
  const scale = ZTimelineScale.parse(query.scale);
  const filters = parseFilters(ZTimelineFilters, query);
  const span = parseFilters(ZGanttWindow, query);
  const asked = parseFilters(ZGanttPage, query);
  const today = todayUtc();
  const {
    project,
    workPackages,
    isFiltered,
    matched,
    rows: shown,
  } = await orNotFound(getProjectTimeline(user, projectId, filters, today, asked));
  const basePath = `/projects/${project.id}/timeline`;
  // The address as it stands (filters, scale, window, all rows or a page of them): each link changes a part of it.
  const address: Record<string, string | undefined> = {
    ...filters,
    scale: scale === "dates" ? "dates" : undefined,
    zoom: span.zoom,
    shift: span.shift ? String(span.shift) : undefined,
    all: asked.all,
  };
  // The rows do not change with the scale or the window, so those links keep the page shown.
  const hrefWith = (changes: Record<string, string | undefined>, page = shown.page) =>
    listHref(basePath, { ...address, ...changes }, page);
  const { zoom, window } = ganttWindow(project, span, today);
  const zoomHref = (chosen: (typeof GANTT_ZOOMS)[number], shift = 0) =>
    hrefWith({ zoom: chosen, shift: shift ? String(shift) : undefined });
  const rows = timelineRows(
    project,
    today,
    timelineWords(
      (key, values) => t(key as never, values as never),
      labels.raw("deliverableStatus") as Record<string, string>,
    ),
  );
  // The PDF shows what the page shows: the same filters, window and scale, and every row.
  const pdfHref = listHref(`${basePath}/pdf`, { ...address, zoom, all: undefined });

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
            <Button asChild variant="secondary" className="no-print">
              <a href={pdfHref} download>
                {t("downloadPdf")}
              </a>
            </Button>
          </>
        }
      />
      <FilterForm label={t("filter")} columns={4} isFiltered={isFiltered} clearHref={basePath} isPrinted={false}>
        {scale === "dates" ? <input type="hidden" name="scale" value="dates" /> : null}
        <FilterSelect
          name="partner"
          label={t("partner")}
          anyLabel={t("anyPartner")}
          value={filters.partner}
          options={partnerOptions(project.partners)}
        />
        <FilterSelect
          name="wp"
          label={t("workPackage")}
          anyLabel={t("anyWorkPackage")}
          value={filters.wp}
          options={workPackages.map((workPackage) => ({
            value: workPackage.id,
            label: `WP${workPackage.number} ${workPackage.title}`,
          }))}
        />
        <FilterSelect
          name="status"
          label={t("status")}
          anyLabel={t("anyStatus")}
          value={filters.status}
          options={enumOptions(DeliverableStatus, (status) => labels(`deliverableStatus.${status}`))}
        />
        <div className="flex items-end">
          <label className="flex min-h-11 items-center gap-2">
            <input
              type="checkbox"
              name="overdue"
              value="1"
              defaultChecked={filters.overdue === "1"}
              className="size-5"
            />
            {t("overdueOnly")}
          </label>
        </div>
      </FilterForm>
      {isFiltered ? (
        <p role="status" className="text-sm text-slate-700">
          {matched ? t("matching", { count: matched }) : t("noneMatch")}
        </p>
      ) : null}
      <nav aria-label={t("scale")} className="no-print flex gap-2">
        <Button asChild variant={scale === "months" ? "primary" : "secondary"}>
          <Link href={hrefWith({ scale: undefined })} aria-current={scale === "months" ? "page" : undefined}>
            {t("projectMonths")}
          </Link>
        </Button>
        <Button asChild variant={scale === "dates" ? "primary" : "secondary"}>
          <Link href={hrefWith({ scale: "dates" })} aria-current={scale === "dates" ? "page" : undefined}>
            {t("calendarDates")}
          </Link>
        </Button>
      </nav>
      <nav aria-label={t("span")} className="no-print flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        <ul className="flex flex-wrap gap-2">
          {GANTT_ZOOMS.map((choice) => (
            <li key={choice}>
              <Button asChild variant={zoom === choice ? "primary" : "secondary"}>
                <Link href={zoomHref(choice)} aria-current={zoom === choice ? "page" : undefined}>
                  {t(`zoom.${choice}`)}
                </Link>
              </Button>
            </li>
          ))}
        </ul>
        {zoom !== "all" ? (
          <span className="flex gap-3">
            {window.first > 1 ? (
              <Link href={zoomHref(zoom, span.shift - 1)} className="text-brand-700 underline">
                {t(zoom === "12m" ? "earlier12m" : "earlier6m")}
              </Link>
            ) : null}
            {window.last < project.durationMonths ? (
              <Link href={zoomHref(zoom, span.shift + 1)} className="text-brand-700 underline">
                {t(zoom === "12m" ? "later12m" : "later6m")}
              </Link>
            ) : null}
          </span>
        ) : null}
        <span className="text-slate-700">{t("showing", { first: window.first, last: window.last })}</span>
      </nav>
      {shown.pageCount > 1 || (asked.all && shown.total > GANTT_PAGE_SIZE) ? (
        <p className="text-sm text-slate-700">
          {t("rowsShown", { first: shown.first, last: shown.last, count: shown.total })}{" "}
          {asked.all ? (
            <Link href={hrefWith({ all: undefined }, 1)} className="font-medium link">
              {t("showRowPages", { size: GANTT_PAGE_SIZE })}
            </Link>
          ) : (
            <Link href={hrefWith({ all: "1" }, 1)} className="font-medium link">
              {t("showAllRows", { count: shown.total })}
            </Link>
          )}
        </p>
      ) : null}
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
                todayWords={{
                  label: t("today", { date: display.date(today), month: projectMonthAt(project.startDate, today) }),
                  short: t("todayShort"),
                }}
                window={window}
              />
              <p className="text-sm text-slate-600">{t("legend")}</p>
            </>
          }
          table={
            <details className="rounded-md border border-slate-200 bg-white p-3" open={rows.length <= 40}>
              <summary className="cursor-pointer font-medium max-sm:py-3">{t("tableView")}</summary>
              <GanttTable
                start={project.startDate}
                rows={rows}
                scale={scale}
                caption={t("tableCaption")}
                headings={{
                  kind: t("kind"),
                  item: t("item"),
                  state: t("state"),
                  span: scale === "months" ? t("monthsColumn") : t("datesColumn"),
                }}
              />
            </details>
          }
        />
      )}
      {shown.pageCount > 1 ? (
        <Pagination
          page={shown.page}
          pageCount={shown.pageCount}
          countLabel={t("rowCount", { count: shown.total })}
          query={address}
          basePath={basePath}
        />
      ) : null}
    </div>
  );
}
