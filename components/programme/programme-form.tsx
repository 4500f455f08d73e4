"use client";

import { ActionForm } from "@/components/forms/action-form";
import { FieldRow, TextareaField, TextField } from "@/components/forms/fields";
import { saveProgrammeAction } from "@/lib/actions/programme";
import { ZSaveProgrammeInput, type TSaveProgrammeInput } from "@/lib/validation/programme";

export function ProgrammeForm({ programme }: { programme?: TSaveProgrammeInput }) {
  const cancelHref = programme?.id ? `/programmes/${programme.id}` : "/programmes";
  return (
    <ActionForm
      schema={ZSaveProgrammeInput}
      action={saveProgrammeAction}
      defaultValues={programme ?? { code: "", name: "", description: "", managedBy: "", currency: "EUR" }}
      submitLabel={programme?.id ? "Save programme" : "Create programme"}
      redirectTo={({ id }) => `/programmes/${id}`}
      cancelHref={cancelHref}
    >
      <TextField name="name" label="Name" required maxLength={200} />
      <FieldRow>
        <TextField name="code" label="Code" required maxLength={40} hint="A short, stable code, such as DRS-START." />
        <TextField name="currency" label="Currency" required maxLength={3} hint="ISO 4217 code, such as EUR." />
      </FieldRow>
      <TextField name="managedBy" label="Managed by" maxLength={200} />
      <TextareaField name="description" label="Description" maxLength={2000} />
    </ActionForm>
  );
}
