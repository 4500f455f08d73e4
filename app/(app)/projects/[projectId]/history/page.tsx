import type { Metadata } from "next";
import { PageHeader, projectCrumbs } from "@/components/layout/page-header";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterActions } from "@/components/ui/filter-actions";
import { FilterSelect } from "@/components/ui/filter-select";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { requireUser } from "@/lib/auth/session";
import { orNotFound } from "@/lib/pages/or-not-found";
import { findProjectHistory } from "@/lib/dal/history";
import { describeAuditEvent, HISTORY_ENTITIES } from "@/lib/format/audit";
import { formatDateTime } from "@/lib/format/display";
import { ZHistoryFilters } from "@/lib/validation/history";
import { parseFilters } from "@/lib/validation/list-filters";

export const metadata: Metadata = { title: "History" };

type HistoryPageProps = {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function HistoryPage({ params, searchParams }: HistoryPageProps) {
  const user = await requireUser();
  const { projectId } = await params;
  const filters = parseFilters(ZHistoryFilters, await searchParams);
  const history = await orNotFound(findProjectHistory(user, projectId, filters));
  const { project, events, actors, total, page, pageCount } = history;
  const query = { entity: filters.entity, actor: filters.actor, from: filters.from, to: filters.to };
  const exportParams = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => Boolean(entry[1])));
  const isFiltered = Object.values(query).some(Boolean);

  return (
    <div className="space-y-4">
      <PageHeader
        crumbs={projectCrumbs(project)}
        title={`History of ${project.acronym}`}
        actions={
          <Button asChild variant="secondary">
            <a href={`/projects/${project.id}/history/export${exportParams.size ? `?${exportParams}` : ""}`} download>
              Export as CSV
            </a>
          </Button>
        }
      />
      <form role="search" aria-label="Filter the history" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-4">
        <FilterSelect
          name="entity"
          label="What changed"
          anyLabel="Everything"
          value={filters.entity}
          options={HISTORY_ENTITIES.map((entity) => ({ value: entity.value, label: entity.label }))}
        />
        <FilterSelect
          name="actor"
          label="Who"
          anyLabel="Anyone"
          value={filters.actor}
          options={actors.map((actor) => ({ value: actor.id, label: actor.name }))}
        />
        <div>
          <Label htmlFor="from">From</Label>
          <Input id="from" name="from" type="date" defaultValue={filters.from} />
        </div>
        <div>
          <Label htmlFor="to">To</Label>
          <Input id="to" name="to" type="date" defaultValue={filters.to} />
        </div>
        <FilterActions isFiltered={isFiltered} clearHref={`/projects/${project.id}/history`} className="sm:col-span-4" />
      </form>
      {events.length === 0 ? (
        <EmptyState title={isFiltered ? "No changes match these filters" : "No changes recorded yet"} />
      ) : (
        <div className="rounded-lg border border-slate-200 bg-white">
          <Table caption="Changes, newest first">
            <thead>
              <tr>
                <Th>When</Th>
                <Th>Who</Th>
                <Th>What</Th>
              </tr>
            </thead>
            <tbody>
              {events.map((event) => (
                <tr key={event.id}>
                  <Td className="whitespace-nowrap">
                    <time dateTime={event.createdAt.toISOString()}>
                      {formatDateTime(event.createdAt)}
                    </time>
                  </Td>
                  <Td>{event.actor?.name ?? "System"}</Td>
                  <Td>{describeAuditEvent(event)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </div>
      )}
      <Pagination page={page} pageCount={pageCount} total={total} basePath={`/projects/${project.id}/history`} itemName="change" query={query} />
    </div>
  );
}
