import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { FilterForm } from "@/components/ui/filter-form";
import { PageHeader, projectCrumbs } from "@/components/layout/page-header";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterSelect } from "@/components/ui/filter-select";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { requireUser } from "@/lib/auth/session";
import { orNotFound } from "@/lib/pages/or-not-found";
import { findProjectHistory, type ReportSubject } from "@/lib/dal/history";
import { describeAuditEvent, HISTORY_ENTITIES, type AuditWords } from "@/lib/format/audit";
import { getDisplay } from "@/lib/i18n/display";
import { ZHistoryFilters } from "@/lib/validation/history";
import { parseFilters } from "@/lib/validation/list-filters";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("History"))("metaTitle") };
}

type HistoryPageProps = {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function HistoryPage({ params, searchParams }: HistoryPageProps) {
  const user = await requireUser();
  const { projectId } = await params;
  const filters = parseFilters(ZHistoryFilters, await searchParams);
  const [history, t, labels, display] = await Promise.all([
    orNotFound(findProjectHistory(user, projectId, filters)),
    getTranslations("History"),
    getTranslations("Labels"),
    getDisplay(),
  ]);
  const words = {
    records: t.raw("records") as Record<string, string>,
    verbs: t.raw("verbs") as Record<string, string>,
    statuses: labels.raw("deliverableStatus") as Record<string, string>,
    reportEvents: t.raw("reportEvents") as Record<string, string>,
  };
  const { project, events, actors, total, page, pageCount } = history;
  const query = { entity: filters.entity, actor: filters.actor, from: filters.from, to: filters.to };
  const exportParams = new URLSearchParams(
    Object.entries(query).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
  const isFiltered = Object.values(query).some(Boolean);

  return (
    <div className="space-y-4">
      <PageHeader
        crumbs={projectCrumbs(project)}
        title={t("title", { acronym: project.acronym })}
        actions={
          <>
            <Button asChild variant="secondary">
              <a href={`/projects/${project.id}/history/export${exportParams.size ? `?${exportParams}` : ""}`} download>
                {t("export")}
              </a>
            </Button>
            <Button asChild variant="secondary">
              <a
                href={`/projects/${project.id}/history/export?${new URLSearchParams([...exportParams, ["format", "xlsx"]])}`}
                download
              >
                {t("exportXlsx")}
              </a>
            </Button>
          </>
        }
      />
      <FilterForm label={t("filter")} columns={4} isFiltered={isFiltered} clearHref={`/projects/${project.id}/history`}>
        <FilterSelect
          name="entity"
          label={t("whatChanged")}
          anyLabel={t("everything")}
          value={filters.entity}
          options={HISTORY_ENTITIES.map((entity) => ({ value: entity, label: t(`entities.${entity}`) }))}
        />
        <FilterSelect
          name="actor"
          label={t("who")}
          anyLabel={t("anyone")}
          value={filters.actor}
          options={actors.map((actor) => ({ value: actor.id, label: actor.name }))}
        />
        <div>
          <Label htmlFor="from">{t("from")}</Label>
          <Input id="from" name="from" type="date" defaultValue={filters.from} />
        </div>
        <div>
          <Label htmlFor="to">{t("to")}</Label>
          <Input id="to" name="to" type="date" defaultValue={filters.to} />
        </div>
      </FilterForm>
      {events.length === 0 ? (
        <EmptyState title={isFiltered ? t("noneMatch") : t("none")} />
      ) : (
        <div className="rounded-lg border border-slate-200 bg-white">
          <Table caption={t("caption")}>
            <thead>
              <tr>
                <Th>{t("when")}</Th>
                <Th>{t("who")}</Th>
                <Th>{t("what")}</Th>
              </tr>
            </thead>
            <tbody>
              {events.map((event) => (
                <tr key={event.id}>
                  <Td className="whitespace-nowrap">
                    <time dateTime={event.createdAt.toISOString()}>{display.dateTime(event.createdAt)}</time>
                  </Td>
                  <Td>{event.actor?.name ?? t("system")}</Td>
                  <Td>
                    <EventLine event={event} projectId={project.id} words={words} />
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </div>
      )}
      <Pagination
        page={page}
        pageCount={pageCount}
        countLabel={t("count", { count: total })}
        basePath={`/projects/${project.id}/history`}
        query={query}
      />
    </div>
  );
}

/** What an event did, linking to the report or deliverable it changed while that still exists. */
function EventLine({
  event,
  projectId,
  words,
}: {
  event: Parameters<typeof describeAuditEvent>[0] & {
    entityType: string;
    entityId: string | null;
    report?: ReportSubject;
  };
  projectId: string;
  words: AuditWords;
}) {
  const line = describeAuditEvent(event, words);
  const href = event.report
    ? `/projects/${projectId}/reports/${event.entityId}`
    : event.entityType === "Deliverable" && event.entityId && event.action !== "deliverable.delete"
      ? `/projects/${projectId}/deliverables/${event.entityId}`
      : null;
  return href ? (
    <Link className="link" href={href}>
      {line}
    </Link>
  ) : (
    line
  );
}
