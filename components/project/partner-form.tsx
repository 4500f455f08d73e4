"use client";

import { ActionForm } from "@/components/forms/action-form";
import { FieldRow, SelectField, TextField, type SelectOption } from "@/components/forms/fields";
import { PartnerRole } from "@/generated/prisma/enums";
import { savePartnerAction } from "@/lib/actions/partners";
import { ZSavePartnerInput, type TSavePartnerInput } from "@/lib/validation/project";
import { useTranslations } from "next-intl";
import { enumOptions } from "@/components/forms/enum-options";

export function PartnerForm({
  partner,
  organisations,
  currency,
}: {
  partner: TSavePartnerInput;
  organisations: SelectOption[];
  currency: string;
}) {
  const t = useTranslations("PartnerForm");
  const labels = useTranslations("Labels");
  return (
    <ActionForm
      schema={ZSavePartnerInput}
      action={savePartnerAction}
      defaultValues={partner}
      submitLabel={partner.id ? t("save") : t("add")}
      redirectTo={({ projectId }) => `/projects/${projectId}`}
      cancelHref={`/projects/${partner.projectId}`}
    >
      <SelectField
        name="organisationId"
        label={t("organisation")}
        required
        placeholder={t("chooseOrganisation")}
        options={organisations}
      />
      <FieldRow>
        <SelectField
          name="role"
          label={t("role")}
          required
          options={enumOptions(PartnerRole, (role) => labels(`partnerRole.${role}`))}
          hint={t("roleHint")}
        />
        <TextField name="budgetAmount" label={t("budgetShare", { currency })} required maxLength={20} />
      </FieldRow>
    </ActionForm>
  );
}
