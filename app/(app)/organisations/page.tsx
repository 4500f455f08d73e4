import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterActions } from "@/components/ui/filter-actions";
import { FilterSelect } from "@/components/ui/filter-select";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { OrganisationType } from "@/generated/prisma/enums";
import { requireUser } from "@/lib/auth/session";
import { FUNDING_MANAGERS } from "@/lib/dal/guards";
import { findOrganisationCountries, findOrganisations } from "@/lib/dal/organisations";
import { countryName } from "@/lib/format/display";
import { ORGANISATION_TYPE_LABELS } from "@/lib/format/labels";
import { parseFilters, ZOrganisationListFilters } from "@/lib/validation/list-filters";

export const metadata: Metadata = { title: "Organisations" };

type OrganisationsPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function OrganisationsPage({ searchParams }: OrganisationsPageProps) {
  const user = await requireUser();
  const filters = parseFilters(ZOrganisationListFilters, await searchParams);
  const [{ items, total, page, pageCount }, countries] = await Promise.all([
    findOrganisations(filters),
    findOrganisationCountries(),
  ]);
  const isFiltered = Boolean(filters.q || filters.country || filters.type);

  return (
    <div className="space-y-4">
      <PageHeader
        title="Organisations"
        actions={
          FUNDING_MANAGERS.includes(user.role) ? (
            <Button asChild>
              <Link href="/organisations/new">New organisation</Link>
            </Button>
          ) : null
        }
      />
      <form role="search" aria-label="Filter organisations" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-4">
        <div className="sm:col-span-2">
          <Label htmlFor="q">Search</Label>
          <Input id="q" name="q" type="search" defaultValue={filters.q} placeholder="Name or city" maxLength={100} />
        </div>
        <FilterSelect
          name="country"
          label="Country"
          anyLabel="Any country"
          value={filters.country}
          options={countries.map((country) => ({ value: country, label: countryName(country) }))}
        />
        <FilterSelect
          name="type"
          label="Type"
          anyLabel="Any type"
          value={filters.type}
          options={Object.values(OrganisationType).map((type) => ({ value: type, label: ORGANISATION_TYPE_LABELS[type] }))}
        />
        <FilterActions isFiltered={isFiltered} clearHref="/organisations" className="sm:col-span-4" />
      </form>

      {items.length === 0 ? (
        <EmptyState title={isFiltered ? "No organisations match these filters" : "No organisations yet"} />
      ) : (
        <div className="rounded-lg border border-slate-200 bg-white">
          <Table caption="Organisations">
            <thead>
              <tr>
                <Th>Name</Th>
                <Th>Country</Th>
                <Th>City</Th>
                <Th>Type</Th>
              </tr>
            </thead>
            <tbody>
              {items.map((organisation) => (
                <tr key={organisation.id}>
                  <Td>
                    <Link href={`/organisations/${organisation.id}`} className="font-medium text-brand-600 underline">
                      {organisation.name}
                    </Link>{" "}
                    {organisation.isDemo ? <Badge>Demo</Badge> : null}
                  </Td>
                  <Td>{countryName(organisation.country)}</Td>
                  <Td>{organisation.city ?? "—"}</Td>
                  <Td>{ORGANISATION_TYPE_LABELS[organisation.type]}</Td>
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
        basePath="/organisations"
        itemName="organisation"
        query={{ q: filters.q, country: filters.country, type: filters.type }}
      />
    </div>
  );
}
