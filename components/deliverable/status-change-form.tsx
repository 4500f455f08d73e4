"use client";

import { FormProvider, useForm } from "react-hook-form";
import { useSchemaResolver } from "@/components/forms/use-schema-resolver";
import { TextareaField } from "@/components/forms/fields";
import { useServerAction } from "@/components/forms/use-server-action";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { DeliverableStatus } from "@/generated/prisma/enums";
import { changeDeliverableStatusAction } from "@/lib/actions/deliverables";
import { ZChangeDeliverableStatusInput, type TChangeDeliverableStatusInput } from "@/lib/validation/deliverable";
import { useTranslations } from "next-intl";

type Move = { to: DeliverableStatus; label: string; needsComment?: boolean };

/** The moves open to this user, one button each, with the comment and late justification they may need. */
export function StatusChangeForm({
  projectId,
  deliverableId,
  version,
  moves,
  isPastDue,
  submitNote,
}: {
  projectId: string;
  deliverableId: string;
  version: number;
  moves: Move[];
  isPastDue: boolean;
  /** Why Submit is not offered, or what it needs, while nothing is uploaded. */
  submitNote?: string;
}) {
  const t = useTranslations("StatusChange");
  const form = useForm<TChangeDeliverableStatusInput>({
    resolver: useSchemaResolver(ZChangeDeliverableStatusInput, { raw: true }),
    defaultValues: { projectId, deliverableId, version, toStatus: moves[0]?.to, comment: "", lateJustification: "" },
  });
  const {
    setValue,
    setError,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = form;
  const needsJustification = isPastDue && moves.some((move) => move.to === "SUBMITTED");

  const { execute } = useServerAction(changeDeliverableStatusAction, {
    redirectTo: () => `/projects/${projectId}/deliverables/${deliverableId}`,
    notice: "saved",
    replace: true,
    setFormError: setError,
  });
  const submitMove = (to: DeliverableStatus) =>
    handleSubmit(async (values) => {
      await execute({ ...values, toStatus: to });
    });

  const note = submitNote ? <p className="text-sm text-slate-700">{submitNote}</p> : null;
  if (moves.length === 0)
    return (
      <div className="space-y-2">
        {note}
        <p className="text-sm text-slate-600">{t("nothingToChange")}</p>
      </div>
    );
  return (
    <FormProvider {...form}>
      <form onSubmit={(event) => event.preventDefault()} noValidate className="space-y-3">
        {errors.root?.message ? <FormMessage tone="error">{errors.root.message}</FormMessage> : null}
        <TextareaField name="comment" label={t("comment")} maxLength={4000} hint={t("commentHint")} />
        {needsJustification ? (
          <TextareaField
            name="lateJustification"
            label={t("lateJustification")}
            maxLength={4000}
            hint={t("lateJustificationHint")}
          />
        ) : null}
        {note}
        <div className="flex flex-wrap gap-2">
          {moves.map((move) => (
            <Button
              key={`${move.to}-${move.label}`}
              variant={move.needsComment ? "secondary" : "primary"}
              disabled={isSubmitting}
              onClick={(event) => {
                setValue("toStatus", move.to);
                void submitMove(move.to)(event);
              }}
            >
              {move.label}
            </Button>
          ))}
        </div>
      </form>
    </FormProvider>
  );
}
