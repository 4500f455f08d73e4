import { countryName } from "./display";

/**
 * Countries offered in forms: the EU, the Danube and Black Sea regions, candidates and neighbours.
 * ISO 3166-1 alpha-2, with XK for Kosovo as the EU uses it.
 */
const COUNTRY_CODES = [
  "AL",
  "AM",
  "AT",
  "AZ",
  "BA",
  "BE",
  "BG",
  "BY",
  "CH",
  "CY",
  "CZ",
  "DE",
  "DK",
  "EE",
  "ES",
  "FI",
  "FR",
  "GB",
  "GE",
  "GR",
  "HR",
  "HU",
  "IE",
  "IL",
  "IS",
  "IT",
  "LI",
  "LT",
  "LU",
  "LV",
  "MD",
  "ME",
  "MK",
  "MT",
  "NL",
  "NO",
  "PL",
  "PT",
  "RO",
  "RS",
  "SE",
  "SI",
  "SK",
  "TR",
  "UA",
  "US",
  "XK",
];

/** The countries named and sorted in one regional format's language. */
export function countryOptions(locale = "en-GB"): { value: string; label: string }[] {
  return COUNTRY_CODES.map((code) => ({ value: code, label: countryName(code, locale) })).sort((a, b) =>
    a.label.localeCompare(b.label, locale),
  );
}
