import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { enumOptions } from "@/components/forms/enum-options";
import { PageHeader } from "@/components/layout/page-header";
import { ProjectLink } from "@/components/project/project-link";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterForm, SearchField } from "@/components/ui/filter-form";
import { FilterSelect } from "@/components/ui/filter-select";
import { Select } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Pagination } from "@/components/ui/pagination";
import { OrganisationType } from "@/generated/prisma/enums";
import { FUNDING_MANAGERS } from "@/lib/access/permissions";
import { requireUser } from "@/lib/auth/session";
import { findCompetences } from "@/lib/dal/competences";
import { findNetworkOptions } from "@/lib/dal/networks";
import { findOrganisationCountries } from "@/lib/dal/organisations";
import { searchPartners } from "@/lib/dal/partner-search";
import { findProjectFormOptions } from "@/lib/dal/projects";
import { competenceName, competenceNames, competenceOptions } from "@/lib/format/competences";
import { getDisplay } from "@/lib/i18n/display";
import { parseFilters, ZPartnerSearchFilters } from "@/lib/validation/list-filters";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("PartnerSearch"))("title") };
}

type FindPartnersPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Partner search for the next call: organisations by competence, country, type, network and the words of their
 * offer. Managers tick some and start a project draft with them as partners (the project form, pre-filled).
 */
export default async function FindPartnersPage({ searchParams }: FindPartnersPageProps) {
  const user = await requireUser();
  const filters = parseFilters(ZPartnerSearchFilters, await searchParams);
  const startsProjects = FUNDING_MANAGERS.includes(user.role);
  const [results, competences, countries, networks, formOptions, t, labels, display, locale] = await Promise.all([
    searchPartners(user, filters),
    findCompetences(),
    findOrganisationCountries(),
    findNetworkOptions(),
    startsProjects ? findProjectFormOptions() : null,
    getTranslations("PartnerSearch"),
    getTranslations("Labels"),
    getDisplay(),
    getLocale(),
  ]);
  const isFiltered = Boolean(filters.q || filters.competence || filters.country || filters.type || filters.network);
  const calls = (formOptions?.programmes ?? []).flatMap((programme) =>
    programme.calls.map((call) => ({ value: call.id, label: `${call.identifier}: ${call.title} (${programme.name})` })),
  );
  const networkName = networks.find((network) => network.id === filters.network)?.name;

  return (
    <div className="space-y-4">
      <PageHeader crumbs={[{ href: "/networks", section: "networks" }]} title={t("title")} subtitle={t("intro")} />
      <FilterForm label={t("filter")} columns={3} isFiltered={isFiltered} clearHref="/networks/find-partners">
        <SearchField label={t("search")} placeholder={t("searchPlaceholder")} value={filters.q} />
        <FilterSelect
          name="competence"
          label={t("competence")}
          anyLabel={t("anyCompetence")}
          value={filters.competence}
          options={competenceOptions(competences, locale)}
        />
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
        <FilterSelect
          name="network"
          label={t("network")}
          anyLabel={t("anyNetwork")}
          value={filters.network}
          options={networks.map((network) => ({ value: network.id, label: network.name }))}
        />
      </FilterForm>

      {results.items.length === 0 ? (
        <EmptyState title={isFiltered ? t("noneMatch") : t("none")}>
          {isFiltered ? t("noneMatchHint") : null}
        </EmptyState>
      ) : (
        <form action="/projects/new" method="get" aria-labelledby="results-heading" className="space-y-3">
          <h2 id="results-heading" className="text-lg font-semibold">
            {t("results", { count: results.total })}
          </h2>
          <ul className="space-y-3">
            {results.items.map((organisation) => {
              const reasons = [
                ...organisation.competences
                  .filter((competence) => competence.id === filters.competence)
                  .map((competence) => t("matchedCompetence", { name: competenceName(competence, locale) })),
                ...(filters.country ? [t("matchedCountry", { name: display.country(organisation.country) })] : []),
                ...(filters.type ? [t("matchedType", { name: labels(`organisationType.${organisation.type}`) })] : []),
                ...(networkName ? [t("matchedNetwork", { name: networkName })] : []),
                ...(filters.q ? [t("matchedOffer", { text: filters.q })] : []),
              ];
              return (
                <li key={organisation.id} className="card">
                  <div className="flex flex-wrap items-start gap-3">
                    {startsProjects ? (
                      <input
                        type="checkbox"
                        name="organisation"
                        value={organisation.id}
                        id={`choose-${organisation.id}`}
                        className="mt-1.5 size-4"
                        aria-label={t("choose", { name: organisation.name })}
                      />
                    ) : null}
                    <div className="min-w-0 flex-1">
                      <h3 id={`organisation-${organisation.id}`} className="font-semibold">
                        <Link href={`/organisations/${organisation.id}`} className="link">
                          {organisation.name}
                        </Link>
                      </h3>
                      <p className="text-sm text-slate-700">
                        {[
                          display.country(organisation.country),
                          organisation.city,
                          labels(`organisationType.${organisation.type}`),
                          organisation.staffSize ? labels(`staffSize.${organisation.staffSize}`) : null,
                        ]
                          .filter(Boolean)
                          .join(" · ")}
                      </p>
                      {reasons.length > 0 ? (
                        <p className="mt-1 text-sm">
                          <span className="font-medium">{t("whyMatched")}</span> {reasons.join("; ")}
                        </p>
                      ) : null}
                      <p className="mt-1 text-sm">
                        <span className="font-medium">{t("competences")}</span>{" "}
                        {organisation.competences.length === 0
                          ? t("noCompetences")
                          : competenceNames(organisation.competences, locale)}
                      </p>
                      {organisation.offer ? (
                        <p className="mt-1 text-sm text-slate-700">
                          <span className="font-medium text-slate-900">{t("offer")}</span> {organisation.offer}
                        </p>
                      ) : null}
                      <p className="mt-1 text-sm">
                        <span className="font-medium">{t("pastProjects")}</span>{" "}
                        {organisation.projects.length === 0
                          ? t("noPastProjects")
                          : organisation.projects.map((project, index) => (
                              <span key={project.id}>
                                {index > 0 ? ", " : null}
                                <ProjectLink project={project} />
                              </span>
                            ))}
                      </p>
                    </div>
                  </div>
                </li>
              );
            })}
          </ul>
          {startsProjects ? (
            <fieldset className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
              <legend className="px-1 text-lg font-semibold">{t("startConsortium")}</legend>
              <p className="text-sm text-slate-600">{t("startConsortiumHint")}</p>
              <div className="max-w-xl">
                <Label htmlFor="call">{t("call")}</Label>
                <Select id="call" name="call" defaultValue="">
                  <option value="">{t("noCall")}</option>
                  {calls.map((call) => (
                    <option key={call.value} value={call.value}>
                      {call.label}
                    </option>
                  ))}
                </Select>
              </div>
              <Button type="submit">{t("startProject")}</Button>
            </fieldset>
          ) : null}
        </form>
      )}
      <Pagination
        page={results.page}
        pageCount={results.pageCount}
        countLabel={t("count", { count: results.total })}
        basePath="/networks/find-partners"
        query={{
          q: filters.q,
          competence: filters.competence,
          country: filters.country,
          type: filters.type,
          network: filters.network,
        }}
      />
    </div>
  );
}
