import { z } from "zod";
import { messageText } from "@/lib/i18n/message";
import "./common";

/** CORDIS extracts for a network's projects are small; the full datasets are not meant to be loaded here. */
export const MAX_CORDIS_FILE_CHARACTERS = 5_000_000;

const zCsvText = (file: string) =>
  z
    .string({ error: messageText("chooseImportFile", { file }) })
    .min(1, messageText("chooseImportFile", { file }))
    .max(MAX_CORDIS_FILE_CHARACTERS, messageText("importFileTooLarge", { file }));

/** The two CORDIS files as text, read in the browser from the chosen files. */
export const ZCordisImportInput = z.strictObject({
  projectCsv: zCsvText("project.csv"),
  organizationCsv: zCsvText("organization.csv"),
});
export type TCordisImportInput = z.input<typeof ZCordisImportInput>;
