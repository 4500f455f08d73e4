"use server";

import { importCordisProjects, planCordisImport } from "@/lib/dal/cordis-import";
import { ZCordisImportInput } from "@/lib/validation/cordis";
import { authedAction } from "./builder";

/** What an import would do, for the preview: nothing is written. */
export const previewCordisImportAction = authedAction(
  "previewCordisImportAction",
  ZCordisImportInput,
  async (input, { user }) => {
    const plan = await planCordisImport(user, input);
    return {
      projects: plan.projects.map(({ row, alreadyImportedAs, partners }) => ({
        cordisId: row.cordisId,
        acronym: row.acronym,
        title: row.title,
        startDate: row.startDate,
        durationMonths: row.durationMonths,
        partnerCount: partners.length,
        alreadyImportedAs,
      })),
      organisations: plan.organisations.map(({ key, name, country, existing }) => ({ key, name, country, existing })),
      problems: plan.problems,
    };
  },
);

export const importCordisAction = authedAction("importCordisAction", ZCordisImportInput, (input, { user }) =>
  importCordisProjects(user, input),
);
