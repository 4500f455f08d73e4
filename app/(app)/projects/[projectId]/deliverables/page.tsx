import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { DeliverableList } from "@/components/deliverable/deliverable-list";
import { FilterForm } from "@/components/ui/filter-form";
import { PageHeader, projectCrumbs } from "@/components/layout/page-header";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterSelect } from "@/components/ui/filter-select";
import { Select } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { listHref, Pagination } from "@/components/ui/pagination";
import { DeliverableStatus } from "@/generated/prisma/enums";
import { requireUser } from "@/lib/auth/session";
import { orNotFound } from "@/lib/pages/or-not-found";
import { partnerOptions } from "@/lib/pages/select-options";
import { findProjectDeliverables } from "@/lib/dal/deliverables";
import { parseFilters } from "@/lib/validation/list-filters";
import { DELIVERABLES_PAGE_SIZE, DUE_FILTERS, ZDeliverableListFilters } from "@/lib/validation/deliverable";
import { getTranslations } from "next-intl/server";
import { enumOptions } from "@/components/forms/enum-options";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Deliverables"))("title") };
}

type DeliverablesPageProps = {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function DeliverablesPage({ params, searchParams }: DeliverablesPageProps) {
  const [t, labels] = await Promise.all([getTranslations("Deliverables"), getTranslations("Labels")]);
  const user = await requireUser();
  const { projectId } = await params;
  const filters = parseFilters(ZDeliverableListFilters, await searchParams);
  const result = await orNotFound(findProjectDeliverables(user, projectId, filters));
  const { project, access, rows, total, page, pageCount } = result;
  const isFiltered = Boolean(filters.status || filters.partner || filters.due);
  const query = { status: filters.status, partner: filters.partner, due: filters.due, sort: filters.sort };
  const basePath = `/projects/${project.id}/deliverables`;
  const firstShown = (page - 1) * DELIVERABLES_PAGE_SIZE + 1;

  return (
    <div className="space-y-4">
      <PageHeader
        crumbs={projectCrumbs(project)}
        title={t("heading", { acronym: project.acronym })}
        actions={
          <>
            <Button asChild variant="secondary">
              <Link href={`/projects/${project.id}/history`}>{t("history")}</Link>
            </Button>
            <Button asChild variant="secondary">
              <a href={`/projects/${project.id}/export?data=deliverables&format=xlsx`} download>
                {t("exportRegister")}
              </a>
            </Button>
            {access.isLead ? (
              <Button asChild>
                <Link href={`/projects/${project.id}/deliverables/new`}>{t("add")}</Link>
              </Button>
            ) : null}
          </>
        }
      />
      <FilterForm
        label={t("filter")}
        columns={4}
        isFiltered={isFiltered}
        clearHref={`/projects/${project.id}/deliverables`}
        isPrinted={false}
      >
        <FilterSelect
          name="status"
          label={t("status")}
          anyLabel={t("anyStatus")}
          value={filters.status}
          options={enumOptions(DeliverableStatus, (status) => labels(`deliverableStatus.${status}`))}
        />
        <FilterSelect
          name="partner"
          label={t("responsiblePartner")}
          anyLabel={t("anyPartner")}
          value={filters.partner}
          options={partnerOptions(project.partners)}
        />
        <FilterSelect
          name="due"
          label={t("due")}
          anyLabel={t("anyTime")}
          value={filters.due}
          options={DUE_FILTERS.map((value) => ({ value, label: t(`dueWindow.${value}`) }))}
        />
        <div>
          <Label htmlFor="sort">{t("sortBy")}</Label>
          <Select id="sort" name="sort" defaultValue={filters.sort ?? "due"}>
            {["due", "number", "status"].map((value) => (
              <option key={value} value={value}>
                {t(`sort.${value}`)}
              </option>
            ))}
          </Select>
        </div>
      </FilterForm>
      <p className="text-sm text-slate-700" aria-live="polite">
        {isFiltered ? t("countMatching", { count: total }) : t("count", { count: total })}{" "}
        {pageCount > 1 ? (
          <>
            {t("shown", { from: firstShown, to: firstShown + rows.length - 1 })}{" "}
            <Link href={listHref(basePath, { ...query, all: "1" })} className="font-medium link">
              {t("showAll", { count: total })}
            </Link>
          </>
        ) : null}
        {filters.all && total > DELIVERABLES_PAGE_SIZE ? (
          <Link href={listHref(basePath, query)} className="font-medium link">
            {t("showPages", { size: DELIVERABLES_PAGE_SIZE })}
          </Link>
        ) : null}
      </p>
      {rows.length === 0 ? (
        <EmptyState title={isFiltered ? t("noneMatch") : t("none")} />
      ) : (
        <DeliverableList
          projectId={project.id}
          rows={rows.map((row) => ({
            id: row.id,
            number: row.number,
            title: row.title,
            status: row.status,
            dueMonth: row.dueMonth,
            dueDate: row.dueDate,
            isOverdue: row.isOverdue,
            partnerName: row.responsiblePartner.organisation.name,
            workPackageId: row.workPackage.id,
          }))}
          workPackages={[...new Map(rows.map((row) => [row.workPackage.id, row.workPackage])).values()]}
          canBulk={rows.some((row) => row.moves.length > 0)}
        />
      )}
      {pageCount > 1 ? (
        <Pagination
          page={page}
          pageCount={pageCount}
          countLabel={t("range", { from: firstShown, to: firstShown + rows.length - 1, count: total })}
          basePath={basePath}
          query={query}
        />
      ) : null}
    </div>
  );
}
