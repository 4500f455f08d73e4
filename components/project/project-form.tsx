"use client";

import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { ActionForm } from "@/components/forms/action-form";
import { FieldRow, NumberField, SelectField, TextareaField, TextField, type SelectOption } from "@/components/forms/fields";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/form-message";
import { PartnerRole, ProjectStatus } from "@/generated/prisma/enums";
import { createProjectAction, updateProjectAction } from "@/lib/actions/project";
import { PARTNER_ROLE_LABELS, PROJECT_STATUS_LABELS } from "@/lib/format/labels";
import { ZCreateProjectInput, ZUpdateProjectInput, type TCreateProjectInput, type TUpdateProjectInput } from "@/lib/validation/project";

export type ProjectFormOptions = {
  programmes: { id: string; name: string; calls: { id: string; identifier: string; title: string }[] }[];
  leads: { id: string; name: string; email: string }[];
  organisations: SelectOption[];
};

const STATUS_OPTIONS = Object.values(ProjectStatus).map((status) => ({ value: status, label: PROJECT_STATUS_LABELS[status] }));
const ROLE_OPTIONS = Object.values(PartnerRole).map((role) => ({ value: role, label: PARTNER_ROLE_LABELS[role] }));

const EMPTY_PARTNER = { organisationId: "", role: "PARTNER" as PartnerRole, budgetAmount: "" };

export function NewProjectForm({ options }: { options: ProjectFormOptions }) {
  const defaults: TCreateProjectInput = {
    acronym: "",
    title: "",
    summary: "",
    programmeId: "",
    callId: "",
    startDate: "",
    durationMonths: "" as unknown as number,
    status: "DRAFT",
    currency: "EUR",
    totalCost: "",
    grantAmount: "",
    cofinancingRatePercent: "",
    grantAgreementNumber: "",
    leadUserId: "",
    partners: [{ ...EMPTY_PARTNER, role: "LEAD_PARTNER" }],
  };
  return (
    <ActionForm
      schema={ZCreateProjectInput}
      action={createProjectAction}
      defaultValues={defaults}
      submitLabel="Create project"
      redirectTo={({ id }) => `/projects/${id}`}
      notice="created"
      cancelHref="/projects"
    >
      <ProjectFields options={options} />
      <PartnerRows organisations={options.organisations} />
    </ActionForm>
  );
}

export function EditProjectForm({ options, project }: { options: Omit<ProjectFormOptions, "organisations">; project: TUpdateProjectInput }) {
  return (
    <ActionForm
      schema={ZUpdateProjectInput}
      action={updateProjectAction}
      defaultValues={project}
      submitLabel="Save project"
      redirectTo={({ id }) => `/projects/${id}`}
      cancelHref={`/projects/${project.id}`}
    >
      <ProjectFields options={options} />
    </ActionForm>
  );
}

function ProjectFields({ options }: { options: Omit<ProjectFormOptions, "organisations"> }) {
  const programmeId = useWatch<TCreateProjectInput, "programmeId">({ name: "programmeId" });
  const calls = options.programmes.find((programme) => programme.id === programmeId)?.calls ?? [];
  return (
    <>
      <FieldRow>
        <TextField name="acronym" label="Acronym" required maxLength={30} />
        <SelectField name="status" label="Status" required options={STATUS_OPTIONS} />
      </FieldRow>
      <TextField name="title" label="Title" required maxLength={300} />
      <FieldRow>
        <SelectField
          name="programmeId"
          label="Funding programme"
          required
          placeholder="Choose a programme"
          options={options.programmes.map((programme) => ({ value: programme.id, label: programme.name }))}
        />
        <SelectField
          name="callId"
          label="Call"
          placeholder={calls.length ? "No call" : "Choose a programme first"}
          options={calls.map((call) => ({ value: call.id, label: `${call.identifier} — ${call.title}` }))}
        />
      </FieldRow>
      <FieldRow>
        <TextField name="startDate" label="Start date" type="date" required hint="Month 1 (M1) is the month the project starts." />
        <NumberField name="durationMonths" label="Duration in months" required min={1} max={120} />
      </FieldRow>
      <FieldRow className="sm:grid-cols-3">
        <TextField name="currency" label="Currency" required maxLength={3} />
        <TextField name="totalCost" label="Total cost" required maxLength={20} hint="Such as 250000 or 250000.50." />
        <TextField name="grantAmount" label="Grant amount" required maxLength={20} />
      </FieldRow>
      <FieldRow>
        <TextField name="cofinancingRatePercent" label="Co-financing rate (%)" required maxLength={6} hint="The programme's share, such as 85." />
        <TextField name="grantAgreementNumber" label="Grant agreement number" maxLength={60} />
      </FieldRow>
      <SelectField
        name="leadUserId"
        label="Project lead"
        placeholder="No lead yet"
        options={options.leads.map((lead) => ({ value: lead.id, label: `${lead.name} (${lead.email})` }))}
        hint="The person who plans the work and reviews deliverables."
      />
      <TextareaField name="summary" label="Summary" rows={4} maxLength={4000} />
    </>
  );
}

function PartnerRows({ organisations }: { organisations: SelectOption[] }) {
  const {
    control,
    formState: { errors },
  } = useFormContext<TCreateProjectInput>();
  const { fields, append, remove } = useFieldArray({ control, name: "partners" });
  const listError = errors.partners?.message ?? errors.partners?.root?.message;
  return (
    <fieldset className="space-y-3 rounded-md border border-slate-200 p-4" aria-describedby={listError ? "partners-error" : undefined}>
      <legend className="px-1 text-sm font-semibold">Partners</legend>
      <p className="text-sm text-slate-600">Exactly one partner is the lead partner. The lead partner becomes PP1.</p>
      {fields.map((field, index) => (
        <div key={field.id} role="group" aria-label={`Partner ${index + 1}`} className="grid items-end gap-3 sm:grid-cols-[2fr_1.3fr_1fr_auto]">
          <SelectField name={`partners.${index}.organisationId`} label={`Partner ${index + 1}: organisation`} placeholder="Choose an organisation" options={organisations} />
          <SelectField name={`partners.${index}.role`} label={`Partner ${index + 1}: role`} options={ROLE_OPTIONS} />
          <TextField name={`partners.${index}.budgetAmount`} label={`Partner ${index + 1}: budget share`} maxLength={20} />
          <Button variant="ghost" onClick={() => remove(index)} aria-label={`Remove partner ${index + 1}`}>
            Remove
          </Button>
        </div>
      ))}
      <Button variant="secondary" onClick={() => append(EMPTY_PARTNER)}>
        Add partner
      </Button>
      <FieldError id="partners-error" message={listError} />
    </fieldset>
  );
}
