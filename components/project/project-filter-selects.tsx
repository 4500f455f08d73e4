import { FilterSelect } from "@/components/ui/filter-select";
import { ProjectStatus } from "@/generated/prisma/enums";
import { countryName } from "@/lib/format/display";
import { PROJECT_STATUS_LABELS } from "@/lib/format/labels";

/** The programme, partner-country and status filters shared by the project list and the portfolio. */
export function ProjectFilterSelects({
  filters,
  options,
}: {
  filters: { programme?: string; country?: string; status?: ProjectStatus };
  options: { programmes: { id: string; name: string }[]; countries: string[] };
}) {
  return (
    <>
      <FilterSelect
        name="programme"
        label="Programme"
        anyLabel="Any programme"
        value={filters.programme}
        options={options.programmes.map((programme) => ({ value: programme.id, label: programme.name }))}
      />
      <FilterSelect
        name="country"
        label="Partner country"
        anyLabel="Any country"
        value={filters.country}
        options={options.countries.map((country) => ({ value: country, label: countryName(country) }))}
      />
      <FilterSelect
        name="status"
        label="Status"
        anyLabel="Any status"
        value={filters.status}
        options={Object.values(ProjectStatus).map((status) => ({ value: status, label: PROJECT_STATUS_LABELS[status] }))}
      />
    </>
  );
}
