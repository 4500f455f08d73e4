import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/layout/page-header";
import { ProjectStatusBadge } from "@/components/project/status-badges";
import { Button } from "@/components/ui/button";
import { ProjectFilterSelects } from "@/components/project/project-filter-selects";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterActions } from "@/components/ui/filter-actions";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { requireUser } from "@/lib/auth/session";
import { FUNDING_MANAGERS } from "@/lib/dal/guards";
import { findProjectFilterOptions, findProjects } from "@/lib/dal/projects";
import { formatDate } from "@/lib/format/display";
import { projectEndDate } from "@/lib/format/project-months";
import { parseFilters, ZProjectListFilters } from "@/lib/validation/list-filters";

export const metadata: Metadata = { title: "Projects" };

type ProjectsPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ProjectsPage({ searchParams }: ProjectsPageProps) {
  const user = await requireUser();
  const filters = parseFilters(ZProjectListFilters, await searchParams);
  const [{ items, total, page, pageCount }, options] = await Promise.all([
    findProjects(user, filters),
    findProjectFilterOptions(user),
  ]);
  const isFiltered = Boolean(filters.q || filters.status || filters.programme || filters.country);

  return (
    <div className="space-y-4">
      <PageHeader
        title="Projects"
        actions={
          FUNDING_MANAGERS.includes(user.role) ? (
            <Button asChild>
              <Link href="/projects/new">New project</Link>
            </Button>
          ) : null
        }
      />

      <form role="search" aria-label="Filter projects" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-5">
        <div className="sm:col-span-2">
          <Label htmlFor="q">Search</Label>
          <Input id="q" name="q" type="search" defaultValue={filters.q} placeholder="Acronym or title" maxLength={100} />
        </div>
        <ProjectFilterSelects filters={filters} options={options} />
        <FilterActions isFiltered={isFiltered} clearHref="/projects" className="sm:col-span-5" />
      </form>

      {items.length === 0 ? (
        <EmptyState title={isFiltered ? "No projects match these filters" : "No projects yet"}>
          {isFiltered ? "Try another search or clear the filters." : "Projects you take part in will be listed here."}
        </EmptyState>
      ) : (
        <div className="rounded-lg border border-slate-200 bg-white">
          <Table caption="Projects">
            <thead>
              <tr>
                <Th>Acronym</Th>
                <Th>Title</Th>
                <Th>Programme</Th>
                <Th>Status</Th>
                <Th>Runs</Th>
                <Th className="text-right">Partners</Th>
              </tr>
            </thead>
            <tbody>
              {items.map((project) => (
                <tr key={project.id}>
                  <Td>
                    <Link href={`/projects/${project.id}`} className="font-medium text-brand-600 underline">
                      {project.acronym}
                    </Link>
                  </Td>
                  <Td>{project.title}</Td>
                  <Td>{project.programme.name}</Td>
                  <Td>
                    <ProjectStatusBadge status={project.status} />
                  </Td>
                  <Td className="whitespace-nowrap">
                    {formatDate(project.startDate)} – {formatDate(projectEndDate(project.startDate, project.durationMonths))}
                    <span className="block text-xs text-slate-500">{project.durationMonths} months</span>
                  </Td>
                  <Td className="text-right">{project._count.partners}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </div>
      )}
      <Pagination
        page={page}
        pageCount={pageCount}
        total={total}
        basePath="/projects"
        itemName="project"
        query={{ q: filters.q, status: filters.status, programme: filters.programme, country: filters.country }}
      />
    </div>
  );
}
