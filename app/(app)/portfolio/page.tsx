import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { FilterForm } from "@/components/ui/filter-form";
import { PageHeader } from "@/components/layout/page-header";
import { PortfolioChart } from "@/components/timeline/portfolio-chart";
import { CashFlowChart } from "@/components/timeline/cash-flow-chart";
import { UpcomingList } from "@/components/timeline/upcoming-list";
import { WindowNav } from "@/components/timeline/window-nav";
import { FilterSelect } from "@/components/ui/filter-select";
import { ProjectFilterSelects } from "@/components/project/project-filter-selects";
import { EmptyState } from "@/components/ui/empty-state";
import { ChartWithTable } from "@/components/ui/chart";
import { Table, Td, Th } from "@/components/ui/table";
import { requireUser } from "@/lib/auth/session";
import { findProjectFilterOptions } from "@/lib/dal/projects";
import { findPortfolio } from "@/lib/dal/timeline";
import { todayUtc } from "@/lib/format/project-months";
import { parseFilters } from "@/lib/validation/list-filters";
import { cashFlow, upcoming } from "@/lib/timeline/cash-flow";
import { portfolioWindow } from "@/lib/timeline/portfolio-window";
import { ZPortfolioFilters, ZPortfolioWindow } from "@/lib/validation/timeline";
import { getTranslations } from "next-intl/server";
import { getDisplay } from "@/lib/i18n/display";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Portfolio"))("title") };
}

export default async function PortfolioPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [t, labels, display] = await Promise.all([
    getTranslations("Portfolio"),
    getTranslations("Labels"),
    getDisplay(),
  ]);
  const user = await requireUser();
  const query = await searchParams;
  const filters = parseFilters(ZPortfolioFilters, query);
  const span = parseFilters(ZPortfolioWindow, query);
  const [{ groups, projectCount }, options] = await Promise.all([
    findPortfolio(user, filters),
    findProjectFilterOptions(user),
  ]);
  const isFiltered = Boolean(filters.programme || filters.country || filters.status || filters.coordinator);
  const today = todayUtc();
  const shown = groups.flatMap((group) => group.projects);
  const window = portfolioWindow(shown, span, today);
  const flows = cashFlow(shown, window);

  return (
    <div className="space-y-4">
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <FilterForm label={t("filter")} columns={4} isFiltered={isFiltered} clearHref="/portfolio" isPrinted={false}>
        <ProjectFilterSelects filters={filters} options={options} />
        <FilterSelect
          name="coordinator"
          label={t("coordinator")}
          anyLabel={t("anyCoordinator")}
          value={filters.coordinator}
          options={options.coordinators.map((organisation) => ({ value: organisation.id, label: organisation.name }))}
        />
      </FilterForm>
      {projectCount === 0 ? (
        <EmptyState title={isFiltered ? t("noneMatch") : t("none")} />
      ) : (
        <ChartWithTable
          chart={
            <>
              <WindowNav filters={filters} span={span} window={window} />
              <PortfolioChart groups={groups} today={today} window={window} />
              <p className="text-sm text-slate-600">{t("legend")}</p>
            </>
          }
          table={groups.map((group) => (
            <section
              key={`${group.programme.id}-${group.call?.id ?? "none"}`}
              aria-label={
                group.call
                  ? t("groupWithCall", { programme: group.programme.name, call: group.call.identifier })
                  : group.programme.name
              }
            >
              <h2 className="mb-2 text-lg font-semibold">
                {group.programme.name}
                {group.call ? (
                  <span className="font-normal text-slate-600"> · {t("call", { call: group.call.identifier })}</span>
                ) : null}
              </h2>
              <Table caption={t("projectsOf", { programme: group.programme.name })}>
                <thead>
                  <tr>
                    <Th>{t("project")}</Th>
                    <Th>{t("status")}</Th>
                    <Th>{t("runs")}</Th>
                    <Th>{t("payments")}</Th>
                    <Th>{t("nextDeadline")}</Th>
                  </tr>
                </thead>
                <tbody>
                  {group.projects.map((project) => {
                    const nextDeadline = project.reportDeadlines.find((deadline) => deadline.dueDate >= todayUtc());
                    return (
                      <tr key={project.id}>
                        <Td>
                          <Link href={`/projects/${project.id}/timeline`} className="font-medium link">
                            {project.acronym}
                          </Link>
                        </Td>
                        <Td>{labels(`projectStatus.${project.status}`)}</Td>
                        <Td className="whitespace-nowrap">
                          {display.date(project.startDate)} – {display.date(project.endDate)} (
                          {t("months", { count: project.durationMonths })})
                        </Td>
                        <Td>
                          {project.payments.length === 0 ? (
                            "—"
                          ) : (
                            <ul>
                              {project.payments.map((payment) => (
                                <li key={payment.id}>
                                  {labels(`paymentKind.${payment.kind}`)}{" "}
                                  {display.money(payment.plannedAmount.toFixed(2), project.currency)},{" "}
                                  {payment.receivedDate
                                    ? t("received", { date: display.date(payment.receivedDate) })
                                    : t("planned", { date: display.date(payment.plannedDate) })}
                                </li>
                              ))}
                            </ul>
                          )}
                        </Td>
                        <Td>
                          {nextDeadline
                            ? `P${nextDeadline.period.number}, ${display.date(nextDeadline.dueDate)}`
                            : t("noneAhead")}
                        </Td>
                      </tr>
                    );
                  })}
                </tbody>
              </Table>
            </section>
          ))}
        />
      )}
      {projectCount > 0 ? (
        <>
          <section aria-labelledby="cash-flow-heading" className="space-y-2">
            <h2 id="cash-flow-heading" className="text-lg font-semibold">
              {t("cashFlowHeading")}
            </h2>
            <p className="text-sm text-slate-600">{t("cashFlowIntro")}</p>
            {flows.length === 0 ? (
              <EmptyState title={t("noPayments")} />
            ) : (
              flows.map((series) => (
                <CashFlowChart key={series.currency} series={series} window={window} today={today} />
              ))
            )}
          </section>
          <section aria-labelledby="upcoming-heading" className="space-y-2">
            <h2 id="upcoming-heading" className="text-lg font-semibold">
              {t("upcomingHeading")}
            </h2>
            <UpcomingList items={upcoming(shown, today)} />
          </section>
        </>
      ) : null}
    </div>
  );
}
