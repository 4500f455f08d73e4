/** A competence's name in the reader's language (the vocabulary holds English and Romanian). */
export const competenceName = (competence: { nameEn: string; nameRo: string }, locale: string) =>
  locale === "ro" ? competence.nameRo : competence.nameEn;

/** The vocabulary as choices, sorted by name in the reader's language. */
export function competenceOptions(competences: { id: string; nameEn: string; nameRo: string }[], locale: string) {
  return competences
    .map((competence) => ({ value: competence.id, label: competenceName(competence, locale) }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
}

/** Competences as a line of text, by name in the reader's language: "Cloud computing, Cybersecurity". */
export function competenceNames(competences: { nameEn: string; nameRo: string }[], locale: string): string {
  return competences
    .map((competence) => competenceName(competence, locale))
    .sort((a, b) => a.localeCompare(b, locale))
    .join(", ");
}
