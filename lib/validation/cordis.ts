import { z } from "zod";

/** CORDIS extracts for a network's projects are small; the full datasets are not meant to be loaded here. */
export const MAX_CORDIS_FILE_CHARACTERS = 5_000_000;

const zCsvText = (label: string) =>
  z
    .string({ error: `Choose the ${label} file.` })
    .min(1, `Choose the ${label} file.`)
    .max(MAX_CORDIS_FILE_CHARACTERS, `The ${label} file is too large: import at most 5 MB at a time.`);

/** The two CORDIS files as text, read in the browser from the chosen files. */
export const ZCordisImportInput = z.strictObject({
  projectCsv: zCsvText("project.csv"),
  organizationCsv: zCsvText("organization.csv"),
});
export type TCordisImportInput = z.input<typeof ZCordisImportInput>;
