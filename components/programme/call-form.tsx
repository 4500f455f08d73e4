"use client";

import { ActionForm } from "@/components/forms/action-form";
import { FieldRow, TextField } from "@/components/forms/fields";
import { saveCallAction } from "@/lib/actions/programme";
import { ZSaveCallInput, type TSaveCallInput } from "@/lib/validation/programme";

export function CallForm({ call, currency }: { call: TSaveCallInput; currency: string }) {
  return (
    <ActionForm
      schema={ZSaveCallInput}
      action={saveCallAction}
      defaultValues={call}
      submitLabel={call.id ? "Save call" : "Create call"}
      redirectTo={({ programmeId }) => `/programmes/${programmeId}`}
      cancelHref={`/programmes/${call.programmeId}`}
    >
      <FieldRow>
        <TextField name="identifier" label="Call identifier" required maxLength={80} hint="As the programme publishes it, such as START-2015-2." />
        <TextField name="budget" label={`Budget (${currency})`} maxLength={20} hint="Optional. An amount such as 1200000." />
      </FieldRow>
      <TextField name="title" label="Title" required maxLength={300} />
      <FieldRow>
        <TextField name="opensOn" label="Opens on" type="date" required />
        <TextField name="closesOn" label="Closes on" type="date" required />
      </FieldRow>
    </ActionForm>
  );
}
