"use client";

import { useFormContext } from "react-hook-form";
import { ActionForm } from "@/components/forms/action-form";
import { CheckboxField, FieldRow, SelectField, TextField } from "@/components/forms/fields";
import { OrganisationType } from "@/generated/prisma/enums";
import { saveOrganisationAction } from "@/lib/actions/organisations";
import { countryOptions } from "@/lib/format/countries";
import { ZSaveOrganisationInput, type TSaveOrganisationInput } from "@/lib/validation/organisation";
import { useLocale, useTranslations } from "next-intl";
import { formatLocaleOf } from "@/lib/i18n/locales";
import { enumOptions } from "@/components/forms/enum-options";

const EMPTY: TSaveOrganisationInput = {
  name: "",
  shortName: "",
  country: "",
  city: "",
  type: "",
  vatNumber: "",
  pic: "",
  website: "",
  confirmNotDuplicate: false,
};

export function OrganisationForm({ organisation }: { organisation?: TSaveOrganisationInput }) {
  const t = useTranslations("OrganisationForm");
  const labels = useTranslations("Labels");
  const countries = countryOptions(formatLocaleOf(useLocale()));
  return (
    <ActionForm
      schema={ZSaveOrganisationInput}
      action={saveOrganisationAction}
      defaultValues={organisation ?? EMPTY}
      submitLabel={organisation?.id ? t("save") : t("create")}
      redirectTo={({ id }) => `/organisations/${id}`}
      cancelHref={organisation?.id ? `/organisations/${organisation.id}` : "/organisations"}
    >
      <TextField name="name" label={t("name")} required maxLength={250} />
      <FieldRow>
        <TextField name="shortName" label={t("shortName")} maxLength={40} />
        <SelectField
          name="type"
          label={t("type")}
          required
          options={enumOptions(OrganisationType, (type) => labels(`organisationType.${type}`))}
          placeholder={t("chooseType")}
        />
      </FieldRow>
      <FieldRow>
        <SelectField
          name="country"
          label={t("country")}
          required
          options={countries}
          placeholder={t("chooseCountry")}
        />
        <TextField name="city" label={t("city")} maxLength={120} />
      </FieldRow>
      <FieldRow>
        <TextField name="vatNumber" label={t("vat")} maxLength={40} hint={t("vatHint")} />
        <TextField name="pic" label={t("pic")} maxLength={40} hint={t("picHint")} />
      </FieldRow>
      <TextField name="website" label={t("website")} type="url" maxLength={300} />
      <DuplicateConfirmation />
    </ActionForm>
  );
}

/** Shown once the server has found a similarly named organisation. */
function DuplicateConfirmation() {
  const t = useTranslations("OrganisationForm");
  const {
    watch,
    formState: { errors },
  } = useFormContext<TSaveOrganisationInput>();
  if (!errors.confirmNotDuplicate && !watch("confirmNotDuplicate")) return null;
  return <CheckboxField name="confirmNotDuplicate" label={t("confirmNotDuplicate")} />;
}
