"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import {
  CheckboxGroupField,
  FieldRow,
  SelectField,
  TextareaField,
  TextField,
  type SelectOption,
} from "@/components/forms/fields";
import { enumOptions } from "@/components/forms/enum-options";
import { StaffSizeBand } from "@/generated/prisma/enums";
import { saveCompetenceProfileAction } from "@/lib/actions/competences";
import { ZSaveCompetenceProfileInput, type TSaveCompetenceProfileInput } from "@/lib/validation/competence";

export function CompetenceProfileForm({
  profile,
  competences,
}: {
  profile: TSaveCompetenceProfileInput;
  competences: SelectOption[];
}) {
  const t = useTranslations("NetworkForms");
  const labels = useTranslations("Labels");
  return (
    <ActionForm
      schema={ZSaveCompetenceProfileInput}
      action={saveCompetenceProfileAction}
      defaultValues={profile}
      submitLabel={t("saveProfile")}
      redirectTo={({ id }) => `/organisations/${id}`}
      notice="saved"
      cancelHref={`/organisations/${profile.organisationId}`}
    >
      <CheckboxGroupField name="competenceIds" label={t("competences")} options={competences} columns={3} />
      <FieldRow>
        <SelectField
          name="staffSize"
          label={t("staffSize")}
          options={enumOptions(StaffSizeBand, (band) => labels(`staffSize.${band}`))}
          placeholder={t("notSaid")}
        />
        <TextField name="sectors" label={t("sectors")} maxLength={300} hint={t("sectorsHint")} />
      </FieldRow>
      <TextField name="markets" label={t("markets")} maxLength={300} hint={t("marketsHint")} />
      <TextareaField name="offer" label={t("offer")} rows={4} maxLength={1000} hint={t("offerHint")} />
    </ActionForm>
  );
}
