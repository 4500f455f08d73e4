"use client";

import { useState } from "react";
import { ActionForm } from "@/components/forms/action-form";
import { TextareaField } from "@/components/forms/fields";
import { useServerAction } from "@/components/forms/use-server-action";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { Label } from "@/components/ui/label";
import { inputClassName } from "@/components/ui/input";
import type { PartnerReportStatus } from "@/generated/prisma/enums";
import {
  changeReportStatusAction,
  openPartnerReportAction,
  saveReportSummaryAction,
} from "@/lib/actions/partner-reports";
import { ZSaveReportSummaryInput } from "@/lib/validation/partner-report";
import { useTranslations } from "next-intl";

export function ReportSummaryForm({
  projectId,
  reportId,
  summary,
}: {
  projectId: string;
  reportId: string;
  summary: string;
}) {
  const t = useTranslations("ReportForms");
  return (
    <ActionForm
      schema={ZSaveReportSummaryInput}
      action={saveReportSummaryAction}
      defaultValues={{ projectId, reportId, summary }}
      submitLabel={t("saveSummary")}
      redirectTo={() => `/projects/${projectId}/reports/${reportId}`}
    >
      <TextareaField name="summary" label={t("summary")} rows={5} maxLength={8000} />
    </ActionForm>
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
