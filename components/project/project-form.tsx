"use client";

import { useTranslations } from "next-intl";
import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { ActionForm } from "@/components/forms/action-form";
import {
  FieldRow,
  NumberField,
  SelectField,
  TextareaField,
  TextField,
  type SelectOption,
} from "@/components/forms/fields";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/form-message";
import { PartnerRole, ProjectStatus } from "@/generated/prisma/enums";
import { createProjectAction, updateProjectAction } from "@/lib/actions/projects";
import {
  ZCreateProjectInput,
  ZUpdateProjectInput,
  type TCreateProjectInput,
  type TUpdateProjectInput,
} from "@/lib/validation/project";
import { enumOptions } from "@/components/forms/enum-options";

export type ProjectFormOptions = {
  programmes: { id: string; name: string; calls: { id: string; identifier: string; title: string }[] }[];
  leads: { id: string; name: string; email: string }[];
  organisations: SelectOption[];
};

const EMPTY_PARTNER = { organisationId: "", role: "PARTNER" as PartnerRole, budgetAmount: "" };

/** Pre-filled from the partner search: the call's programme and call, and the chosen organisations as partners. */
type NewProjectInitial = { programmeId: string; callId: string; partnerOrganisationIds: string[] };

export function NewProjectForm({ options, initial }: { options: ProjectFormOptions; initial?: NewProjectInitial }) {
  const t = useTranslations("ProjectForm");
  const chosen = initial?.partnerOrganisationIds ?? [];
  const defaults: TCreateProjectInput = {
    acronym: "",
    title: "",
    summary: "",
    programmeId: initial?.programmeId ?? "",
    callId: initial?.callId ?? "",
    startDate: "",
    durationMonths: "",
    status: "DRAFT",
    currency: "EUR",
    totalCost: "",
    grantAmount: "",
    cofinancingRatePercent: "",
    officeFlatRatePercent: "",
    grantAgreementNumber: "",
    leadUserId: "",
    partners:
      chosen.length > 0
        ? chosen.map((organisationId, index) => ({
            ...EMPTY_PARTNER,
            organisationId,
            role: index === 0 ? "LEAD_PARTNER" : "PARTNER",
          }))
        : [{ ...EMPTY_PARTNER, role: "LEAD_PARTNER" }],
  };
  return (
    <ActionForm
      schema={ZCreateProjectInput}
      action={createProjectAction}
      defaultValues={defaults}
      submitLabel={t("createProject")}
      redirectTo={({ id }) => `/projects/${id}`}
      notice="created"
      noticeSubject={(values) => String(values.acronym).trim()}
      cancelHref="/projects"
    >
      <ProjectFields options={options} />
      <PartnerRows organisations={options.organisations} />
    </ActionForm>
  );
}

export function EditProjectForm({
  options,
  project,
}: {
  options: Omit<ProjectFormOptions, "organisations">;
  project: TUpdateProjectInput;
}) {
  const t = useTranslations("ProjectForm");
  return (
    <ActionForm
      schema={ZUpdateProjectInput}
      action={updateProjectAction}
      defaultValues={project}
      submitLabel={t("saveProject")}
      redirectTo={({ id }) => `/projects/${id}`}
      cancelHref={`/projects/${project.id}`}
    >
      <ProjectFields options={options} />
    </ActionForm>
  );
}

function ProjectFields({ options }: { options: Omit<ProjectFormOptions, "organisations"> }) {
  const t = useTranslations("ProjectForm");
  const labels = useTranslations("Labels");
  const programmeId = useWatch<TCreateProjectInput, "programmeId">({ name: "programmeId" });
  const calls = options.programmes.find((programme) => programme.id === programmeId)?.calls ?? [];
  return (
    <>
      <FieldRow>
        <TextField name="acronym" label={t("acronym")} required maxLength={30} />
        <SelectField
          name="status"
          label={t("status")}
          required
          options={enumOptions(ProjectStatus, (status) => labels(`projectStatus.${status}`))}
        />
      </FieldRow>
      <TextField name="title" label={t("title")} required maxLength={300} />
      <FieldRow>
        <SelectField
          name="programmeId"
          label={t("fundingProgramme")}
          required
          placeholder={t("chooseAProgramme")}
          options={options.programmes.map((programme) => ({ value: programme.id, label: programme.name }))}
        />
        <SelectField
          name="callId"
          label={t("call")}
          placeholder={calls.length ? t("noCall") : t("chooseProgrammeFirst")}
          options={calls.map((call) => ({ value: call.id, label: `${call.identifier} — ${call.title}` }))}
        />
      </FieldRow>
      <FieldRow>
        <TextField name="startDate" label={t("startDate")} type="date" required hint={t("month1M1IsThe")} />
        <NumberField name="durationMonths" label={t("durationInMonths")} required min={1} max={120} />
      </FieldRow>
      <FieldRow className="sm:grid-cols-3">
        <TextField name="currency" label={t("currency")} required maxLength={3} />
        <TextField name="totalCost" label={t("totalCost")} required maxLength={20} hint={t("suchAs250000Or250000")} />
        <TextField name="grantAmount" label={t("grantAmount")} required maxLength={20} />
      </FieldRow>
      <FieldRow>
        <TextField
          name="cofinancingRatePercent"
          label={t("coFinancingRate")}
          required
          maxLength={6}
          hint={t("theProgrammeSShareSuch")}
        />
        <TextField name="grantAgreementNumber" label={t("grantAgreementNumber")} maxLength={60} />
      </FieldRow>
      <TextField
        name="officeFlatRatePercent"
        label={t("officeFlatRate")}
        maxLength={5}
        hint={t("officeFlatRateHint")}
      />
      <SelectField
        name="leadUserId"
        label={t("projectLead")}
        placeholder={t("noLeadYet")}
        options={options.leads.map((lead) => ({ value: lead.id, label: `${lead.name} (${lead.email})` }))}
        hint={t("thePersonWhoPlansThe")}
      />
      <TextareaField name="summary" label={t("summary")} rows={4} maxLength={4000} />
    </>
  );
}

function PartnerRows({ organisations }: { organisations: SelectOption[] }) {
  const t = useTranslations("ProjectForm");
  const labels = useTranslations("Labels");
  const {
    control,
    formState: { errors },
  } = useFormContext<TCreateProjectInput>();
  const { fields, append, remove } = useFieldArray({ control, name: "partners" });
  const listError = errors.partners?.message ?? errors.partners?.root?.message;
  return (
    <fieldset
      className="space-y-3 rounded-md border border-slate-200 p-4"
      aria-describedby={listError ? "partners-error" : undefined}
    >
      <legend className="px-1 text-sm font-semibold">{t("partners")}</legend>
      <p className="text-sm text-slate-600">{t("partnersHint")}</p>
      {fields.map((field, index) => (
        <div
          key={field.id}
          role="group"
          aria-label={t("partnerN", { n: index + 1 })}
          className="grid items-end gap-3 sm:grid-cols-[2fr_1.3fr_1fr_auto]"
        >
          <SelectField
            name={`partners.${index}.organisationId`}
            label={t("partnerOrganisation", { n: index + 1 })}
            placeholder={t("chooseAnOrganisation")}
            options={organisations}
          />
          <SelectField
            name={`partners.${index}.role`}
            label={t("partnerRole", { n: index + 1 })}
            options={enumOptions(PartnerRole, (role) => labels(`partnerRole.${role}`))}
          />
          <TextField
            name={`partners.${index}.budgetAmount`}
            label={t("partnerBudget", { n: index + 1 })}
            maxLength={20}
          />
          <Button variant="ghost" onClick={() => remove(index)} aria-label={t("removePartner", { n: index + 1 })}>
            {t("remove")}
          </Button>
        </div>
      ))}
      {/* The field left by this click is checked on leaving it; its message must not move the button between
          the press and the release, or the click is lost. So pressing the button does not take the focus. */}
      <Button variant="secondary" onMouseDown={(event) => event.preventDefault()} onClick={() => append(EMPTY_PARTNER)}>
        {t("addPartner")}
      </Button>
      <FieldError id="partners-error" message={listError} />
    </fieldset>
  );
}
