"use client";

import { useFormContext } from "react-hook-form";
import { ActionForm } from "@/components/forms/action-form";
import { CheckboxField, FieldRow, SelectField, TextField } from "@/components/forms/fields";
import { OrganisationType } from "@/generated/prisma/enums";
import { saveOrganisationAction } from "@/lib/actions/organisation";
import { COUNTRY_OPTIONS } from "@/lib/format/countries";
import { ORGANISATION_TYPE_LABELS } from "@/lib/format/labels";
import { ZSaveOrganisationInput, type TSaveOrganisationInput } from "@/lib/validation/organisation";

const TYPE_OPTIONS = Object.values(OrganisationType).map((type) => ({ value: type, label: ORGANISATION_TYPE_LABELS[type] }));

const EMPTY: TSaveOrganisationInput = {
  name: "",
  shortName: "",
  country: "",
  city: "",
  type: "" as OrganisationType,
  vatNumber: "",
  pic: "",
  website: "",
  confirmNotDuplicate: false,
};

export function OrganisationForm({ organisation }: { organisation?: TSaveOrganisationInput }) {
  return (
    <ActionForm
      schema={ZSaveOrganisationInput}
      action={saveOrganisationAction}
      defaultValues={organisation ?? EMPTY}
      submitLabel={organisation?.id ? "Save organisation" : "Create organisation"}
      redirectTo={({ id }) => `/organisations/${id}`}
      cancelHref={organisation?.id ? `/organisations/${organisation.id}` : "/organisations"}
    >
      <TextField name="name" label="Legal name" required maxLength={250} />
      <FieldRow>
        <TextField name="shortName" label="Short name" maxLength={40} />
        <SelectField name="type" label="Type" required options={TYPE_OPTIONS} placeholder="Choose a type" />
      </FieldRow>
      <FieldRow>
        <SelectField name="country" label="Country" required options={COUNTRY_OPTIONS} placeholder="Choose a country" />
        <TextField name="city" label="City" maxLength={120} />
      </FieldRow>
      <FieldRow>
        <TextField name="vatNumber" label="VAT number" maxLength={40} hint="With the country prefix, such as RO12345678." />
        <TextField name="pic" label="PIC" maxLength={40} hint="The 9-digit Participant Identification Code." />
      </FieldRow>
      <TextField name="website" label="Website" type="url" maxLength={300} />
      <DuplicateConfirmation />
    </ActionForm>
  );
}

/** Shown once the server has found a similarly named organisation. */
function DuplicateConfirmation() {
  const {
    watch,
    formState: { errors },
  } = useFormContext<TSaveOrganisationInput>();
  if (!errors.confirmNotDuplicate && !watch("confirmNotDuplicate")) return null;
  return <CheckboxField name="confirmNotDuplicate" label="This is a different organisation: save it anyway" />;
}
