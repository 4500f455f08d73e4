import { countryName } from "./display";

/** Organisations as select options: "Name (Country)". */
export function organisationOptions(organisations: { id: string; name: string; country: string }[]) {
  return organisations.map((organisation) => ({
    value: organisation.id,
    label: `${organisation.name} (${countryName(organisation.country)})`,
  }));
}
