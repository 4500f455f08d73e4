"use client";

import { useEffect, useRef, useState } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { TextareaField } from "@/components/forms/fields";
import { useSchemaResolver } from "@/components/forms/use-schema-resolver";
import { useServerAction } from "@/components/forms/use-server-action";
import { useUnsavedChangesWarning } from "@/components/forms/use-unsaved-changes-warning";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { Label } from "@/components/ui/label";
import { inputClassName } from "@/components/ui/input";
import type { PartnerReportStatus } from "@/generated/prisma/enums";
import {
  changeReportStatusAction,
  openPartnerReportAction,
  saveReportSummaryAction,
  submitReportAction,
} from "@/lib/actions/partner-reports";
import { ZSaveReportSummaryInput, type TSaveReportSummaryInput } from "@/lib/validation/partner-report";
import { useTranslations } from "next-intl";

/**
 * The partner's report while it is editable: the summary, saved on its own or sent with the report. Sending first
 * shows what will be sent (the summary as typed, the file that will be frozen) and asks to confirm; the summary on
 * the page is what is submitted, so nothing typed is lost by submitting.
 */
export function ReportForm({
  projectId,
  reportId,
  summary,
  sendLabel,
  documentsToSend,
}: {
  projectId: string;
  reportId: string;
  summary: string;
  /** "Submit the report", or "Resubmit the report" after a return. */
  sendLabel: string;
  /** The latest version of each document, which submitting freezes. */
  documentsToSend: { id: string; title: string; versionNumber: number; fileName: string }[];
}) {
  const t = useTranslations("ReportForms");
  const common = useTranslations("Common");
  const [checking, setChecking] = useState(false);
  const checkHeading = useRef<HTMLHeadingElement>(null);
  const form = useForm<TSaveReportSummaryInput>({
    resolver: useSchemaResolver(ZSaveReportSummaryInput, { raw: true }),
    defaultValues: { projectId, reportId, summary },
  });
  const {
    handleSubmit,
    setError,
    getValues,
    reset,
    formState: { errors, isDirty, isSubmitting },
  } = form;
  useUnsavedChangesWarning(isDirty, common("unsavedChanges"));
  const toReport = () => `/projects/${projectId}/reports/${reportId}`;
  const save = useServerAction(saveReportSummaryAction, {
    redirectTo: toReport,
    notice: "saved",
    replace: true,
    setFormError: setError,
  });
  const send = useServerAction(submitReportAction, {
    redirectTo: toReport,
    notice: "saved",
    replace: true,
    setFormError: setError,
  });
  // What is saved or sent is no longer a change to warn about; a refused sending goes back to editing.
  const saveSummary = handleSubmit(async (values) => {
    if ((await save.execute(values)).ok) reset(values);
  });
  const sendReport = handleSubmit(async (values) => {
    if ((await send.execute(values)).ok) reset(values);
    else setChecking(false);
  });

  useEffect(() => {
    if (checking) checkHeading.current?.focus();
  }, [checking]);

  const typed = getValues("summary")?.trim();
  return (
    <FormProvider {...form}>
      <form onSubmit={saveSummary} noValidate className="space-y-4" aria-busy={isSubmitting}>
        {errors.root?.message ? <FormMessage tone="error">{errors.root.message}</FormMessage> : null}
        <TextareaField name="summary" label={t("summary")} rows={5} maxLength={8000} />
        {checking ? (
          <section aria-labelledby="report-check-heading" className="rounded-md border border-slate-300 p-4">
            <h3 id="report-check-heading" ref={checkHeading} tabIndex={-1} className="font-semibold">
              {t("checkHeading")}
            </h3>
            <dl className="mt-2 space-y-2 text-sm">
              <div>
                <dt className="font-medium">{t("checkSummary")}</dt>
                <dd className="whitespace-pre-wrap text-slate-700">{typed || t("noSummaryYet")}</dd>
              </div>
              <div>
                <dt className="font-medium">{t("checkFile")}</dt>
                <dd className="text-slate-700">
                  {documentsToSend.length ? (
                    <ul className="list-disc pl-5">
                      {documentsToSend.map((document) => (
                        <li key={document.id}>
                          {t("documentToSend", {
                            title: document.title,
                            version: document.versionNumber,
                            file: document.fileName,
                          })}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    t("noFileYet")
                  )}
                </dd>
              </div>
            </dl>
            <p className="mt-2 text-sm text-slate-600">{t("checkFrozen")}</p>
            <div className="mt-3 flex flex-wrap gap-2">
              <Button type="button" disabled={isSubmitting || documentsToSend.length === 0} onClick={sendReport}>
                {t("send")}
              </Button>
              <Button type="button" variant="secondary" onClick={() => setChecking(false)}>
                {t("goBack")}
              </Button>
            </div>
          </section>
        ) : (
          <div className="flex flex-wrap gap-2">
            <Button type="submit" variant="secondary" disabled={isSubmitting}>
              {t("saveSummary")}
            </Button>
            <Button type="button" disabled={isSubmitting} onClick={handleSubmit(() => setChecking(true))}>
              {sendLabel}
            </Button>
          </div>
        )}
      </form>
    </FormProvider>
  );
}

type Move = { to: PartnerReportStatus; label: string; needsComment?: boolean };

/** Submit (the partner), accept or return with a comment (the lead). */
export function ReportMoves({ projectId, reportId, moves }: { projectId: string; reportId: string; moves: Move[] }) {
  const t = useTranslations("ReportForms");
  const [comment, setComment] = useState("");
  const needsComment = moves.some((move) => move.needsComment);
  const { run, error, isPending } = useServerAction(changeReportStatusAction, {
    redirectTo: () => `/projects/${projectId}/reports/${reportId}`,
    notice: "saved",
    replace: true,
    onSuccess: () => setComment(""),
  });

  return (
    <div className="space-y-3">
      {error ? <FormMessage tone="error">{error}</FormMessage> : null}
      {needsComment ? (
        <div>
          <Label htmlFor="review-comment">{t("commentForPartner")}</Label>
          <textarea
            id="review-comment"
            className={inputClassName}
            rows={3}
            maxLength={4000}
            value={comment}
            onChange={(event) => setComment(event.target.value)}
          />
          <p className="mt-1 text-sm text-slate-600">{t("commentRequired")}</p>
        </div>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {moves.map((move) => (
          <Button
            key={move.to}
            variant={move.to === "RETURNED" ? "secondary" : "primary"}
            disabled={isPending}
            onClick={() => run({ projectId, reportId, toStatus: move.to, comment })}
          >
            {move.label}
          </Button>
        ))}
      </div>
    </div>
  );
}

/** Opens one's own organisation's report for a period, creating the draft on first use. */
export function OpenReportButton({
  projectId,
  periodId,
  partnerId,
  label,
}: {
  projectId: string;
  periodId: string;
  partnerId: string;
  label: string;
}) {
  const { run, error, isPending } = useServerAction(openPartnerReportAction, {
    redirectTo: (report) => `/projects/${projectId}/reports/${report.id}`,
  });
  return (
    <div>
      <Button variant="secondary" disabled={isPending} onClick={() => run({ projectId, periodId, partnerId })}>
        {label}
      </Button>
      {error ? <FormMessage tone="error">{error}</FormMessage> : null}
    </div>
  );
}
