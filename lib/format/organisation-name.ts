/** Legal-form words that do not tell two organisations apart ("Cluj IT Cluster" vs "Cluj IT Cluster SRL"). */
const LEGAL_FORMS = new Set([
  "srl",
  "sa",
  "ltd",
  "llc",
  "gmbh",
  "ag",
  "doo",
  "ood",
  "ead",
  "ae",
  "ike",
  "as",
  "sh",
  "shpk",
  "sas",
  "bv",
  "nv",
  "plc",
  "inc",
]);

/**
 * A comparable form of an organisation's name: lower case, accents and punctuation removed,
 * legal forms dropped. Used to find duplicates.
 */
export function normaliseOrganisationName(name: string): string {
  return (
    name
      .normalize("NFKD")
      .replace(/\p{Diacritic}/gu, "")
      .toLowerCase()
      // Dotted abbreviations count as words: "I.T." is "it", "S.R.L." is "srl".
      .replace(/(?<=\p{Letter})\.(?=\p{Letter})/gu, "")
      .replace(/[^\p{Letter}\p{Number}]+/gu, " ")
      .split(" ")
      .filter((word) => word && !LEGAL_FORMS.has(word))
      .join(" ")
  );
}
