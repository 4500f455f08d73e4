/** A competence's name in the reader's language (the vocabulary holds English and Romanian). */
export const competenceName = (competence: { nameEn: string; nameRo: string }, locale: string) =>
  locale === "ro" ? competence.nameRo : competence.nameEn;

/** The vocabulary as choices, sorted by name in the reader's language. */
export function competenceOptions(competences: { id: string; nameEn: string; nameRo: string }[], locale: string) {
  return competences
    .map((competence) => ({ value: competence.id, label: competenceName(competence, locale) }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
}
