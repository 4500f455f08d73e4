"use client";

import { ActionForm } from "@/components/forms/action-form";
import { FieldRow, SelectField, TextField, type SelectOption } from "@/components/forms/fields";
import { PartnerRole } from "@/generated/prisma/enums";
import { savePartnerAction } from "@/lib/actions/project";
import { PARTNER_ROLE_LABELS } from "@/lib/format/labels";
import { ZSavePartnerInput, type TSavePartnerInput } from "@/lib/validation/project";

const ROLE_OPTIONS = Object.values(PartnerRole).map((role) => ({ value: role, label: PARTNER_ROLE_LABELS[role] }));

export function PartnerForm({ partner, organisations, currency }: { partner: TSavePartnerInput; organisations: SelectOption[]; currency: string }) {
  return (
    <ActionForm
      schema={ZSavePartnerInput}
      action={savePartnerAction}
      defaultValues={partner}
      submitLabel={partner.id ? "Save partner" : "Add partner"}
      redirectTo={({ projectId }) => `/projects/${projectId}`}
      cancelHref={`/projects/${partner.projectId}`}
    >
      <SelectField name="organisationId" label="Organisation" required placeholder="Choose an organisation" options={organisations} />
      <FieldRow>
        <SelectField
          name="role"
          label="Role"
          required
          options={ROLE_OPTIONS}
          hint="Making this partner the lead partner makes the current lead partner an ordinary partner."
        />
        <TextField name="budgetAmount" label={`Budget share (${currency})`} required maxLength={20} />
      </FieldRow>
    </ActionForm>
  );
}
