"use client";

import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import {
  FormProvider,
  useForm,
  type DefaultValues,
  type FieldValues,
  type Path,
  type PathValue,
} from "react-hook-form";
import type { z } from "zod";
import { useSchemaResolver } from "@/components/forms/use-schema-resolver";
import { useServerAction } from "@/components/forms/use-server-action";
import { ImportProblems } from "@/components/import/import-problems";
import { Button } from "@/components/ui/button";
import { FieldError, FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { ActionResult } from "@/lib/actions/result";
import { MAX_IMPORT_FILE_BYTES } from "@/lib/validation/common";

/** A problem of the file as the preview lists it: its line, the column's own name where it has one, the message. */
export type PreviewProblem = { line: number; column: string | null; message: string };

type Values = FieldValues & { file: string };

/**
 * Choose a spreadsheet (XLSX or CSV), see what it would add and every problem by line, then import it. The file is
 * read in the browser and sent in base64; the preview writes nothing, and the import (all or nothing) is offered
 * only for a file without problems.
 */
export function SpreadsheetImportForm<Form extends Values, Preview extends { problems: PreviewProblem[] }, Done>({
  schema,
  defaultValues,
  preview: previewAction,
  import: importAction,
  fileLabel,
  fileHint,
  children,
  renderPreview,
  importLabel,
  onImported,
}: {
  schema: z.ZodType<unknown, Form>;
  defaultValues: DefaultValues<Form>;
  preview: (input: Form) => Promise<ActionResult<Preview>>;
  import: (input: Form) => Promise<ActionResult<Done>>;
  fileLabel: string;
  fileHint: ReactNode;
  /** Further fields of the form, registered through the form's context. */
  children?: ReactNode;
  /** What the file would add, below its problems. */
  renderPreview: (preview: Preview) => ReactNode;
  importLabel: (preview: Preview) => string | null;
  /** After the import: where to go, or a message to show here. */
  onImported: (done: Done) => void;
}) {
  const t = useTranslations("SpreadsheetImport");
  const common = useTranslations("Common");
  const [preview, setPreview] = useState<Preview | null>(null);
  const form = useForm<Form>({ resolver: useSchemaResolver(schema, { raw: true }), defaultValues });
  const { register, setValue, setError, clearErrors, handleSubmit, getValues, formState } = form;
  const fileField = "file" as Path<Form>;
  const previewing = useServerAction(previewAction, {
    refresh: false,
    setFormError: setError,
    onSuccess: (data) => {
      clearErrors("root");
      setPreview(data);
    },
  });
  const importing = useServerAction(importAction, { refresh: false, setFormError: setError, onSuccess: onImported });

  const readFile = async (file: File | undefined) => {
    setPreview(null);
    // Bigger than the schema accepts: refused without reading it.
    const content = !file
      ? ""
      : file.size > MAX_IMPORT_FILE_BYTES
        ? "x".repeat(MAX_IMPORT_FILE_BYTES * 2)
        : await base64(file);
    setValue(fileField, content as PathValue<Form, Path<Form>>, { shouldValidate: true });
  };
  const onPreview = handleSubmit(async (values) => {
    setPreview(null);
    await previewing.execute(values);
  });
  const label = preview ? importLabel(preview) : null;
  const fileError = formState.errors.file?.message;

  return (
    <FormProvider {...form}>
      <div className="space-y-6">
        <form onSubmit={onPreview} noValidate className="max-w-2xl space-y-4">
          {formState.errors.root?.message ? (
            <FormMessage tone="error">{formState.errors.root.message}</FormMessage>
          ) : null}
          {children}
          <div>
            <Label htmlFor="import-file">
              {fileLabel} <span className="text-slate-500">{common("required")}</span>
            </Label>
            <Input
              id="import-file"
              type="file"
              accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-invalid={fileError ? true : undefined}
              aria-describedby={fileError ? "import-file-error import-file-hint" : "import-file-hint"}
              onChange={(event) => readFile(event.currentTarget.files?.[0])}
            />
            <input type="hidden" {...register(fileField)} />
            <p id="import-file-hint" className="mt-1 text-sm text-slate-600">
              {fileHint}
            </p>
            <FieldError id="import-file-error" message={typeof fileError === "string" ? fileError : undefined} />
          </div>
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
                headers={[t("line"), t("column"), t("problem")]}
                rows={preview.problems.map((problem) => [problem.line, problem.column ?? "—", problem.message])}
              />
            ) : null}
            {renderPreview(preview)}
            {preview.problems.length > 0 ? (
              <p className="text-sm text-slate-700">{t("fixFirst")}</p>
            ) : label ? (
              <Button onClick={() => importing.run(getValues())} disabled={importing.isPending}>
                {importing.isPending ? common("working") : label}
              </Button>
            ) : null}
          </section>
        ) : null}
      </div>
    </FormProvider>
  );
}

/** A file's bytes in base64, as the import's schema takes them. */
async function base64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let start = 0; start < bytes.length; start += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}
