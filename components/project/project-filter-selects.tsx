import { useTranslations } from "next-intl";
import { FilterSelect } from "@/components/ui/filter-select";
import { ProjectStatus } from "@/generated/prisma/enums";
import { useDisplay } from "@/lib/i18n/use-display";
import { enumOptions } from "@/components/forms/enum-options";

/** The programme, partner-country and status filters shared by the project list and the portfolio. */
export function ProjectFilterSelects({
  filters,
  options,
}: {
  filters: { programme?: string; country?: string; status?: ProjectStatus };
  options: { programmes: { id: string; name: string }[]; countries: string[] };
}) {
  const t = useTranslations("Projects");
  const labels = useTranslations("Labels");
  const display = useDisplay();
  return (
    <>
      <FilterSelect
        name="programme"
        label={t("programme")}
        anyLabel={t("anyProgramme")}
        value={filters.programme}
        options={options.programmes.map((programme) => ({ value: programme.id, label: programme.name }))}
      />
      <FilterSelect
        name="country"
        label={t("partnerCountry")}
        anyLabel={t("anyCountry")}
        value={filters.country}
        options={options.countries.map((country) => ({ value: country, label: display.country(country) }))}
      />
      <FilterSelect
        name="status"
        label={t("status")}
        anyLabel={t("anyStatus")}
        value={filters.status}
        options={enumOptions(ProjectStatus, (status) => labels(`projectStatus.${status}`))}
      />
    </>
  );
}
