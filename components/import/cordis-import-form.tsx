"use client";

import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useSchemaResolver } from "@/components/forms/use-schema-resolver";
import { useServerAction } from "@/components/forms/use-server-action";
import { ImportProblems } from "@/components/import/import-problems";
import { Button } from "@/components/ui/button";
import { FieldError, FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Table, Td, Th } from "@/components/ui/table";
import { importCordisAction, previewCordisImportAction } from "@/lib/actions/cordis-import";
import type { ImportResult } from "@/lib/dal/cordis-import";
import { useDisplay } from "@/lib/i18n/use-display";
import { MAX_CORDIS_FILE_CHARACTERS, ZCordisImportInput, type TCordisImportInput } from "@/lib/validation/cordis";

type Preview = Extract<Awaited<ReturnType<typeof previewCordisImportAction>>, { ok: true }>["data"];

const FILES = [
  { name: "projectCsv", id: "cordis-project-file", label: "projectFile" },
  { name: "organizationCsv", id: "cordis-organization-file", label: "organizationFile" },
] as const;

/**
 * Choose the two CORDIS files, preview what they would create, then import. The files are read in the
 * browser and sent as text; the preview changes nothing, and the import is all or nothing.
 */
export function CordisImportForm() {
  const t = useTranslations("Import");
  const common = useTranslations("Common");
  const display = useDisplay();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [imported, setImported] = useState<ImportResult | null>(null);
  const form = useForm<TCordisImportInput>({
    resolver: useSchemaResolver(ZCordisImportInput),
    defaultValues: { projectCsv: "", organizationCsv: "" },
  });
  const { register, setValue, setError, clearErrors, handleSubmit, getValues, formState } = form;
  // Both steps leave the page as it is: the outcome is shown here.
  const previewing = useServerAction(previewCordisImportAction, {
    refresh: false,
    setFormError: setError,
    onSuccess: (data) => {
      clearErrors("root");
      setPreview(data);
    },
  });
  const importing = useServerAction(importCordisAction, {
    refresh: false,
    setFormError: setError,
    onSuccess: (data) => {
      clearErrors("root");
      setImported(data);
      setPreview(null);
    },
  });

  const readFile = async (name: (typeof FILES)[number]["name"], file: File | undefined) => {
    setPreview(null);
    setImported(null);
    // Bigger than any text the schema accepts: refused before reading it at all.
    const text = !file
      ? ""
      : file.size > MAX_CORDIS_FILE_CHARACTERS * 4
        ? "x".repeat(MAX_CORDIS_FILE_CHARACTERS + 1)
        : await file.text();
    setValue(name, text, { shouldValidate: true });
  };

  const onPreview = handleSubmit(async (values) => {
    setPreview(null);
    await previewing.execute(values);
  });
  const onImport = () => importing.run(getValues());

  const toCreate = preview?.projects.filter((project) => !project.alreadyImportedAs) ?? [];
  const { errors } = formState;

  return (
    <div className="space-y-6">
      <form onSubmit={onPreview} noValidate className="max-w-2xl space-y-4">
        {errors.root?.message ? <FormMessage tone="error">{errors.root.message}</FormMessage> : null}
        {imported ? (
          <FormMessage tone="success">
            {t("done", {
              created: imported.created.length,
              skipped: imported.skipped,
              organisations: imported.organisationsCreated,
            })}{" "}
            {imported.created.map((project, index) => (
              <span key={project.id}>
                {index > 0 ? ", " : ""}
                <Link className="underline" href={`/projects/${project.id}`}>
                  {project.acronym}
                </Link>
              </span>
            ))}
            {" · "}
            <Link className="underline" href="/portfolio">
              {t("openPortfolio")}
            </Link>
          </FormMessage>
        ) : null}
        {FILES.map((file) => (
          <div key={file.name}>
            <Label htmlFor={file.id}>
              {t(file.label)} <span className="text-slate-500">{common("required")}</span>
            </Label>
            <Input
              id={file.id}
              type="file"
              accept=".csv,text/csv"
              aria-invalid={errors[file.name] ? true : undefined}
              aria-describedby={errors[file.name] ? `${file.id}-error` : undefined}
              onChange={(event) => readFile(file.name, event.currentTarget.files?.[0])}
            />
            <input type="hidden" {...register(file.name)} />
            <FieldError id={`${file.id}-error`} message={errors[file.name]?.message} />
          </div>
        ))}
        <p className="text-sm text-slate-600">{t("hint")}</p>
        <Button type="submit" variant="secondary" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? common("working") : t("preview")}
        </Button>
      </form>

      {preview ? (
        <section aria-labelledby="import-preview-heading" className="space-y-4">
          <h2 id="import-preview-heading" className="text-lg font-semibold">
            {t("previewTitle")}
          </h2>
          {preview.problems.length > 0 ? (
            <ImportProblems
              summary={t("problems", { count: preview.problems.length })}
              caption={t("problemsCaption")}
              headers={[t("file"), t("line"), t("problem")]}
              rows={preview.problems.map((problem) => [
                `${problem.file}.csv`,
                problem.line,
                t(`problem_${problem.code}`, { detail: problem.detail ?? "" }),
              ])}
            />
          ) : null}
          <Table caption={t("projectsCaption")}>
            <thead>
              <tr>
                <Th>{t("acronym")}</Th>
                <Th>{t("title")}</Th>
                <Th>{t("start")}</Th>
                <Th>{t("duration")}</Th>
                <Th>{t("partners")}</Th>
                <Th>{t("outcome")}</Th>
              </tr>
            </thead>
            <tbody>
              {preview.projects.map((project) => (
                <tr key={project.cordisId}>
                  <Td className="font-medium">{project.acronym}</Td>
                  <Td>{project.title}</Td>
                  <Td>{display.date(new Date(project.startDate))}</Td>
                  <Td>{t("months", { count: project.durationMonths })}</Td>
                  <Td>{project.partnerCount}</Td>
                  <Td>{project.alreadyImportedAs ? t("alreadyImported") : t("willCreate")}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
          <Table caption={t("organisationsCaption")}>
            <thead>
              <tr>
                <Th>{t("organisation")}</Th>
                <Th>{t("country")}</Th>
                <Th>{t("outcome")}</Th>
              </tr>
            </thead>
            <tbody>
              {preview.organisations.map((organisation) => (
                <tr key={organisation.key}>
                  <Td>{organisation.name}</Td>
                  <Td>{display.country(organisation.country)}</Td>
                  <Td>
                    {organisation.existing
                      ? t("matches", { name: organisation.existing.name, by: organisation.existing.matchedBy })
                      : t("willCreate")}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
          <Button
            onClick={onImport}
            disabled={preview.problems.length > 0 || toCreate.length === 0 || importing.isPending}
          >
            {importing.isPending ? common("working") : t("import", { count: toCreate.length })}
          </Button>
          {preview.problems.length > 0 ? <p className="text-sm text-slate-700">{t("fixFirst")}</p> : null}
        </section>
      ) : null}
    </div>
  );
}
