"use client";

import { ActionForm } from "@/components/forms/action-form";
import { enumOptions } from "@/components/forms/enum-options";
import { FieldRow, SelectField, TextareaField, TextField } from "@/components/forms/fields";
import { ExchangeRateRule } from "@/generated/prisma/enums";
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
      defaultValues={
        programme ?? {
          code: "",
          name: "",
          description: "",
          managedBy: "",
          currency: "EUR",
          exchangeRateRule: "SUBMISSION_MONTH",
        }
      }
      submitLabel={programme?.id ? t("save") : t("create")}
      redirectTo={({ id }) => `/programmes/${id}`}
      cancelHref={cancelHref}
    >
      <TextField name="name" label={t("name")} required maxLength={200} />
      <FieldRow>
        <TextField name="code" label={t("code")} required maxLength={40} hint={t("codeHint")} />
        <TextField name="currency" label={t("currency")} required maxLength={3} hint={t("currencyHint")} />
      </FieldRow>
      <SelectField
        name="exchangeRateRule"
        label={t("exchangeRateRule")}
        hint={t("exchangeRateRuleHint")}
        options={enumOptions(ExchangeRateRule, (rule) => t(`rule.${rule}`))}
      />
      <TextField name="managedBy" label={t("managedBy")} maxLength={200} />
      <TextareaField name="description" label={t("description")} maxLength={2000} />
    </ActionForm>
  );
}
