import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { PageHeader, projectCrumbs } from "@/components/layout/page-header";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterForm } from "@/components/ui/filter-form";
import { FilterSelect } from "@/components/ui/filter-select";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { requireUser } from "@/lib/auth/session";
import { listBudgetLines } from "@/lib/dal/budget";
import { getDisplay } from "@/lib/i18n/display";
import { orNotFound } from "@/lib/pages/or-not-found";
import { partnerOptions } from "@/lib/pages/select-options";
import { ZBudgetLineFilters } from "@/lib/validation/budget";
import { parseFilters } from "@/lib/validation/list-filters";
import { moneyOf } from "../_components/budget-data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Budget"))("linesMetaTitle") };
}

type BudgetLinesPageProps = {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** Every budget line of the project, for its funding editors: the way to a line's form. */
export default async function BudgetLinesPage({ params, searchParams }: BudgetLinesPageProps) {
  const user = await requireUser();
  const { projectId } = await params;
  const filters = parseFilters(ZBudgetLineFilters, await searchParams);
  const [{ project, lines, total, page, pageCount }, t, labels, pages, common, display] = await Promise.all([
    orNotFound(listBudgetLines(user, projectId, filters)),
    getTranslations("Budget"),
    getTranslations("Labels"),
    getTranslations("Pages"),
    getTranslations("Common"),
    getDisplay(),
  ]);
  const money = moneyOf(display, project.currency);
  const basePath = `/projects/${project.id}/budget/lines`;
  const isFiltered = Boolean(filters.partner);

  return (
    <div className="space-y-4">
      <PageHeader
        crumbs={projectCrumbs(project, { href: `/projects/${project.id}/budget`, label: pages("budget") })}
        title={t("linesTitle", { acronym: project.acronym })}
        actions={
          <Button asChild>
            <Link href={`${basePath}/new`}>{t("addLine")}</Link>
          </Button>
        }
      />
      <FilterForm label={t("linesFilter")} columns={3} isFiltered={isFiltered} clearHref={basePath}>
        <FilterSelect
          name="partner"
          label={t("partner")}
          anyLabel={t("allPartners")}
          value={filters.partner}
          options={partnerOptions(project.partners)}
        />
      </FilterForm>
      {lines.length === 0 ? (
        <EmptyState title={isFiltered ? t("noLinesOfPartner") : t("noLines")} />
      ) : (
        <div>
          <div className="rounded-lg border border-slate-200 bg-white">
            <Table caption={t("linesCaption")}>
              <thead>
                <tr>
                  <Th>{t("partner")}</Th>
                  <Th>{t("period")}</Th>
                  <Th>{t("category")}</Th>
                  <Th className="text-right">{t("amount")}</Th>
                  <Th className="no-print">{t("actions")}</Th>
                </tr>
              </thead>
              <tbody>
                {lines.map((line) => {
                  const category = labels(`costCategory.${line.category}`);
                  const name = `PP${line.partner.partnerNumber} · P${line.period.number} · ${category}`;
                  return (
                    <tr key={line.id}>
                      <Td>
                        PP{line.partner.partnerNumber} {line.partner.organisation.name}
                      </Td>
                      <Td>P{line.period.number}</Td>
                      <Td>{category}</Td>
                      <Td className="text-right">{money(line.amount)}</Td>
                      <Td className="no-print">
                        <Link
                          className="link"
                          href={`${basePath}/${line.id}/edit`}
                          aria-label={t("editLine", { line: name })}
                        >
                          {common("edit")}
                        </Link>
                      </Td>
                    </tr>
                  );
                })}
              </tbody>
            </Table>
          </div>
          <Pagination
            page={page}
            pageCount={pageCount}
            countLabel={t("lineCount", { count: total })}
            query={{ partner: filters.partner }}
            basePath={basePath}
          />
        </div>
      )}
    </div>
  );
}
