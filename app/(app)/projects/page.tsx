import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { FilterForm, SearchField } from "@/components/ui/filter-form";
import { PageHeader } from "@/components/layout/page-header";
import { ProjectStatusBadge } from "@/components/project/status-badges";
import { Button } from "@/components/ui/button";
import { ProjectFilterSelects } from "@/components/project/project-filter-selects";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { ProjectLink } from "@/components/project/project-link";
import { RecordTable } from "@/components/ui/record-table";
import { requireUser } from "@/lib/auth/session";
import { FUNDING_MANAGERS } from "@/lib/access/permissions";
import { findProjectFilterOptions, findProjects } from "@/lib/dal/projects";
import { projectEndDate } from "@/lib/format/project-months";
import { getDisplay } from "@/lib/i18n/display";
import { parseFilters, ZProjectListFilters } from "@/lib/validation/list-filters";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Projects"))("title") };
}

type ProjectsPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ProjectsPage({ searchParams }: ProjectsPageProps) {
  const user = await requireUser();
  const filters = parseFilters(ZProjectListFilters, await searchParams);
  const [{ items, total, page, pageCount }, options, t, display] = await Promise.all([
    findProjects(user, filters),
    findProjectFilterOptions(user),
    getTranslations("Projects"),
    getDisplay(),
  ]);
  const isFiltered = Boolean(filters.q || filters.status || filters.programme || filters.country);
  const managesFunding = FUNDING_MANAGERS.includes(user.role);

  return (
    <div className="space-y-4">
      <PageHeader
        title={t("title")}
        actions={
          managesFunding ? (
            <div className="flex flex-wrap gap-2">
              <Button asChild variant="secondary">
                <Link href="/projects/import">{t("importFromCordis")}</Link>
              </Button>
              <Button asChild>
                <Link href="/projects/new">{t("newProject")}</Link>
              </Button>
            </div>
          ) : null
        }
      />

      <FilterForm label={t("filter")} columns={5} isFiltered={isFiltered} clearHref="/projects">
        <SearchField label={t("search")} placeholder={t("searchPlaceholder")} value={filters.q} />
        <ProjectFilterSelects filters={filters} options={options} />
      </FilterForm>

      {items.length === 0 ? (
        <EmptyState title={isFiltered ? t("noneMatch") : t("none")}>
          {isFiltered ? t("noneMatchHint") : t("noneHint")}
        </EmptyState>
      ) : (
        <div className="rounded-lg border border-slate-200 bg-white">
          <RecordTable
            caption={t("title")}
            rows={items}
            columns={[
              {
                header: t("acronym"),
                cell: (project) => <ProjectLink project={project} />,
              },
              { header: t("projectTitle"), cell: (project) => project.title },
              { header: t("programme"), cell: (project) => project.programme.name },
              { header: t("status"), cell: (project) => <ProjectStatusBadge project={project} /> },
              {
                header: t("runs"),
                className: "whitespace-nowrap",
                cell: (project) => (
                  <>
                    {display.date(project.startDate)} –{" "}
                    {display.date(projectEndDate(project.startDate, project.durationMonths))}
                    <span className="block text-xs text-slate-500">
                      {t("months", { count: project.durationMonths })}
                    </span>
                  </>
                ),
              },
              { header: t("partners"), className: "text-right", cell: (project) => project.partnerCount },
            ]}
          />
        </div>
      )}
      <Pagination
        page={page}
        pageCount={pageCount}
        countLabel={t("count", { count: total })}
        basePath="/projects"
        query={{ q: filters.q, status: filters.status, programme: filters.programme, country: filters.country }}
      />
    </div>
  );
}
