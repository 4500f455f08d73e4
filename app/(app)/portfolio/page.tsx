import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/layout/page-header";
import { PortfolioChart } from "@/components/timeline/portfolio-chart";
import { ProjectFilterSelects } from "@/components/project/project-filter-selects";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterActions } from "@/components/ui/filter-actions";
import { Table, Td, Th } from "@/components/ui/table";
import { requireUser } from "@/lib/auth/session";
import { findProjectFilterOptions } from "@/lib/dal/projects";
import { findPortfolio } from "@/lib/dal/timeline";
import { formatDate, formatMoney } from "@/lib/format/display";
import { PAYMENT_KIND_LABELS, PROJECT_STATUS_LABELS } from "@/lib/format/labels";
import { todayUtc } from "@/lib/format/project-months";
import { parseFilters } from "@/lib/validation/list-filters";
import { ZPortfolioFilters } from "@/lib/validation/timeline";

export const metadata: Metadata = { title: "Portfolio" };

export default async function PortfolioPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const filters = parseFilters(ZPortfolioFilters, await searchParams);
  const [{ groups, projectCount }, options] = await Promise.all([findPortfolio(user, filters), findProjectFilterOptions(user)]);
  const isFiltered = Boolean(filters.programme || filters.country || filters.status);

  return (
    <div className="space-y-4">
      <PageHeader title="Portfolio" subtitle="Every project you can see, by programme and call: durations, payments and report deadlines." />
      <form role="search" aria-label="Filter the portfolio" className="no-print grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3">
        <ProjectFilterSelects filters={filters} options={options} />
        <FilterActions isFiltered={isFiltered} clearHref="/portfolio" className="sm:col-span-3" />
      </form>
      {projectCount === 0 ? (
        <EmptyState title={isFiltered ? "No projects match these filters" : "No projects yet"} />
      ) : (
        <>
          <PortfolioChart groups={groups} today={todayUtc()} />
          <p className="text-sm text-slate-600">
            Bars run from each project&apos;s start to its end. Diamonds are payments (filled once received); circles are report deadlines; the dashed red line is
            today.
          </p>
          {groups.map((group) => (
            <section key={`${group.programme.id}-${group.call?.id ?? "none"}`} aria-label={`${group.programme.name}${group.call ? `, call ${group.call.identifier}` : ""}`}>
              <h2 className="mb-2 text-lg font-semibold">
                {group.programme.name}
                {group.call ? <span className="font-normal text-slate-600"> · call {group.call.identifier}</span> : null}
              </h2>
              <Table caption={`Projects of ${group.programme.name}`}>
                <thead>
                  <tr>
                    <Th>Project</Th>
                    <Th>Status</Th>
                    <Th>Runs</Th>
                    <Th>Payments</Th>
                    <Th>Next report deadline</Th>
                  </tr>
                </thead>
                <tbody>
                  {group.projects.map((project) => {
                    const nextDeadline = project.reportDeadlines.find((deadline) => deadline.dueDate >= todayUtc());
                    return (
                      <tr key={project.id}>
                        <Td>
                          <Link href={`/projects/${project.id}/timeline`} className="font-medium text-brand-600 underline">
                            {project.acronym}
                          </Link>
                        </Td>
                        <Td>{PROJECT_STATUS_LABELS[project.status]}</Td>
                        <Td className="whitespace-nowrap">
                          {formatDate(project.startDate)} – {formatDate(project.endDate)} ({project.durationMonths} months)
                        </Td>
                        <Td>
                          {project.payments.length === 0 ? (
                            "—"
                          ) : (
                            <ul>
                              {project.payments.map((payment) => (
                                <li key={payment.id}>
                                  {PAYMENT_KIND_LABELS[payment.kind]} {formatMoney(payment.plannedAmount.toFixed(2), project.currency)},{" "}
                                  {payment.receivedDate ? `received ${formatDate(payment.receivedDate)}` : `planned ${formatDate(payment.plannedDate)}`}
                                </li>
                              ))}
                            </ul>
                          )}
                        </Td>
                        <Td>{nextDeadline ? `P${nextDeadline.period.number}, ${formatDate(nextDeadline.dueDate)}` : "None ahead"}</Td>
                      </tr>
                    );
                  })}
                </tbody>
              </Table>
            </section>
          ))}
        </>
      )}
    </div>
  );
}
