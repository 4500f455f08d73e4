"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { CheckboxField, SelectField } from "@/components/forms/fields";
import { saveAccountPreferencesAction } from "@/lib/actions/account";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";
import { ZAccountPreferencesInput, type TAccountPreferencesInput } from "@/lib/validation/account";

const LANGUAGE_OPTIONS = LOCALES.map((locale) => ({ value: locale, label: LOCALE_NAMES[locale] }));

export function PreferencesForm({ defaultValues }: { defaultValues: TAccountPreferencesInput }) {
  const t = useTranslations("Account");
  return (
    <ActionForm
      schema={ZAccountPreferencesInput}
      action={saveAccountPreferencesAction}
      defaultValues={defaultValues}
      submitLabel={t("save")}
      redirectTo={() => "/account"}
    >
      <SelectField name="locale" label={t("language")} hint={t("languageHint")} options={LANGUAGE_OPTIONS} required />
      <CheckboxField name="emailReminders" label={t("emailReminders")} />
    </ActionForm>
  );
}
