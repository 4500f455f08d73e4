"use client";

import { ActionForm } from "@/components/forms/action-form";
import { FieldRow, TextareaField, TextField } from "@/components/forms/fields";
import { saveProgrammeAction } from "@/lib/actions/programmes";
import { ZSaveProgrammeInput, type TSaveProgrammeInput } from "@/lib/validation/programme";
import { useTranslations } from "next-intl";

export function ProgrammeForm({ programme }: { programme?: TSaveProgrammeInput }) {
  const t = useTranslations("ProgrammeForm");
  const cancelHref = programme?.id ? `/programmes/${programme.id}` : "/programmes";
  return (
    <ActionForm
      schema={ZSaveProgrammeInput}
      action={saveProgrammeAction}
      defaultValues={programme ?? { code: "", name: "", description: "", managedBy: "", currency: "EUR" }}
      submitLabel={programme?.id ? t("save") : t("create")}
      redirectTo={({ id }) => `/programmes/${id}`}
      cancelHref={cancelHref}
    >
      <TextField name="name" label={t("name")} required maxLength={200} />
      <FieldRow>
        <TextField name="code" label={t("code")} required maxLength={40} hint={t("codeHint")} />
        <TextField name="currency" label={t("currency")} required maxLength={3} hint={t("currencyHint")} />
      </FieldRow>
      <TextField name="managedBy" label={t("managedBy")} maxLength={200} />
      <TextareaField name="description" label={t("description")} maxLength={2000} />
    </ActionForm>
  );
}
