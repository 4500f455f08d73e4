"use client";

import { ActionForm } from "@/components/forms/action-form";
import { FieldRow, TextField } from "@/components/forms/fields";
import { saveCallAction } from "@/lib/actions/calls";
import { ZSaveCallInput, type TSaveCallInput } from "@/lib/validation/programme";
import { useTranslations } from "next-intl";

export function CallForm({ call, currency }: { call: TSaveCallInput; currency: string }) {
  const t = useTranslations("CallForm");
  return (
    <ActionForm
      schema={ZSaveCallInput}
      action={saveCallAction}
      defaultValues={call}
      submitLabel={call.id ? t("save") : t("create")}
      redirectTo={({ programmeId }) => `/programmes/${programmeId}`}
      cancelHref={`/programmes/${call.programmeId}`}
    >
      <FieldRow>
        <TextField name="identifier" label={t("identifier")} required maxLength={80} hint={t("identifierHint")} />
        <TextField name="budget" label={t("budget", { currency })} maxLength={20} hint={t("budgetHint")} />
      </FieldRow>
      <TextField name="title" label={t("title")} required maxLength={300} />
      <FieldRow>
        <TextField name="opensOn" label={t("opensOn")} type="date" required />
        <TextField name="closesOn" label={t("closesOn")} type="date" required />
      </FieldRow>
    </ActionForm>
  );
}
