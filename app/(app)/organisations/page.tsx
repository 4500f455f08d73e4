import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { FilterForm, SearchField } from "@/components/ui/filter-form";
import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterSelect } from "@/components/ui/filter-select";
import { Pagination } from "@/components/ui/pagination";
import { RecordTable } from "@/components/ui/record-table";
import { OrganisationType } from "@/generated/prisma/enums";
import { requireUser } from "@/lib/auth/session";
import { FUNDING_MANAGERS } from "@/lib/access/permissions";
import { findOrganisationCountries, findOrganisations } from "@/lib/dal/organisations";
import { getDisplay } from "@/lib/i18n/display";
import { parseFilters, ZOrganisationListFilters } from "@/lib/validation/list-filters";
import { enumOptions } from "@/components/forms/enum-options";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Organisations"))("title") };
}

type OrganisationsPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function OrganisationsPage({ searchParams }: OrganisationsPageProps) {
  const user = await requireUser();
  const filters = parseFilters(ZOrganisationListFilters, await searchParams);
  const [{ items, total, page, pageCount }, countries, t, labels, display] = await Promise.all([
    findOrganisations(filters),
    findOrganisationCountries(),
    getTranslations("Organisations"),
    getTranslations("Labels"),
    getDisplay(),
  ]);
  const isFiltered = Boolean(filters.q || filters.country || filters.type);

  return (
    <div className="space-y-4">
      <PageHeader
        title={t("title")}
        actions={
          FUNDING_MANAGERS.includes(user.role) ? (
            <Button asChild>
              <Link href="/organisations/new">{t("new")}</Link>
            </Button>
          ) : null
        }
      />
      <FilterForm label={t("filter")} columns={4} isFiltered={isFiltered} clearHref="/organisations">
        <SearchField label={t("search")} placeholder={t("searchPlaceholder")} value={filters.q} />
        <FilterSelect
          name="country"
          label={t("country")}
          anyLabel={t("anyCountry")}
          value={filters.country}
          options={countries.map((country) => ({ value: country, label: display.country(country) }))}
        />
        <FilterSelect
          name="type"
          label={t("type")}
          anyLabel={t("anyType")}
          value={filters.type}
          options={enumOptions(OrganisationType, (type) => labels(`organisationType.${type}`))}
        />
      </FilterForm>

      {items.length === 0 ? (
        <EmptyState title={isFiltered ? t("noneMatch") : t("none")} />
      ) : (
        <div className="rounded-lg border border-slate-200 bg-white">
          <RecordTable
            caption={t("title")}
            rows={items}
            columns={[
              {
                header: t("name"),
                cell: (organisation) => (
                  <>
                    <Link href={`/organisations/${organisation.id}`} className="font-medium link">
                      {organisation.name}
                    </Link>{" "}
                    {organisation.isDemo ? <Badge>{t("demo")}</Badge> : null}
                  </>
                ),
              },
              { header: t("country"), cell: (organisation) => display.country(organisation.country) },
              { header: t("city"), cell: (organisation) => organisation.city ?? "—" },
              { header: t("type"), cell: (organisation) => labels(`organisationType.${organisation.type}`) },
            ]}
          />
        </div>
      )}
      <Pagination
        page={page}
        pageCount={pageCount}
        countLabel={t("count", { count: total })}
        basePath="/organisations"
        query={{ q: filters.q, country: filters.country, type: filters.type }}
      />
    </div>
  );
}
