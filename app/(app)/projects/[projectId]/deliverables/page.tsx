import type { Metadata } from "next";
import Link from "next/link";
import { DeliverableList } from "@/components/deliverable/deliverable-list";
import { PageHeader, projectCrumbs } from "@/components/layout/page-header";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterActions } from "@/components/ui/filter-actions";
import { FilterSelect } from "@/components/ui/filter-select";
import { Select } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { DeliverableStatus } from "@/generated/prisma/enums";
import { requireUser } from "@/lib/auth/session";
import { orNotFound } from "@/lib/pages/or-not-found";
import { findProjectDeliverables } from "@/lib/dal/deliverables";
import { DELIVERABLE_STATUS_LABELS } from "@/lib/format/labels";
import { parseFilters } from "@/lib/validation/list-filters";
import { ZDeliverableListFilters } from "@/lib/validation/deliverable";

export const metadata: Metadata = { title: "Deliverables" };

type DeliverablesPageProps = {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const DUE_LABELS = { overdue: "Overdue", "30": "Due in the next 30 days", "60": "Due in the next 60 days", "90": "Due in the next 90 days" };
const SORT_LABELS = { due: "Due date", number: "Number", status: "Status" };

export default async function DeliverablesPage({ params, searchParams }: DeliverablesPageProps) {
  const user = await requireUser();
  const { projectId } = await params;
  const filters = parseFilters(ZDeliverableListFilters, await searchParams);
  const result = await orNotFound(findProjectDeliverables(user, projectId, filters));
  const { project, access, rows } = result;
  const isFiltered = Boolean(filters.status || filters.partner || filters.due);

  return (
    <div className="space-y-4">
      <PageHeader
        crumbs={projectCrumbs(project)}
        title={`Deliverables of ${project.acronym}`}
        actions={
          <>
            <Button asChild variant="secondary">
              <Link href={`/projects/${project.id}/history`}>History</Link>
            </Button>
            {access.isLead ? (
              <Button asChild>
                <Link href={`/projects/${project.id}/deliverables/new`}>Add deliverable</Link>
              </Button>
            ) : null}
          </>
        }
      />
      <form role="search" aria-label="Filter deliverables" className="no-print grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-4">
        <FilterSelect
          name="status"
          label="Status"
          anyLabel="Any status"
          value={filters.status}
          options={Object.values(DeliverableStatus).map((status) => ({ value: status, label: DELIVERABLE_STATUS_LABELS[status] }))}
        />
        <div>
          <Label htmlFor="partner">Responsible partner</Label>
          <Select id="partner" name="partner" defaultValue={filters.partner ?? ""}>
            <option value="">Any partner</option>
            {project.partners.map((partner) => (
              <option key={partner.id} value={partner.id}>
                PP{partner.partnerNumber} {partner.organisation.name}
              </option>
            ))}
          </Select>
        </div>
        <div>
          <Label htmlFor="due">Due</Label>
          <Select id="due" name="due" defaultValue={filters.due ?? ""}>
            <option value="">Any time</option>
            {Object.entries(DUE_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </div>
        <div>
          <Label htmlFor="sort">Sort by</Label>
          <Select id="sort" name="sort" defaultValue={filters.sort ?? "due"}>
            {Object.entries(SORT_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </div>
        <FilterActions isFiltered={isFiltered} clearHref={`/projects/${project.id}/deliverables`} className="sm:col-span-4" />
      </form>
      <p className="text-sm text-slate-700" aria-live="polite">
        {rows.length} deliverable{rows.length === 1 ? "" : "s"}
        {isFiltered ? " match these filters" : ""}.
      </p>
      {rows.length === 0 ? (
        <EmptyState title={isFiltered ? "No deliverables match these filters" : "No deliverables planned yet"} />
      ) : (
        <DeliverableList
          projectId={project.id}
          rows={rows.map(({ responsiblePartner, responsiblePartnerId: _partnerId, version: _version, ...row }) => ({
            ...row,
            partnerName: responsiblePartner.organisation.name,
          }))}
        />
      )}
    </div>
  );
}
