"use client";

import { ActionForm } from "@/components/forms/action-form";
import { FieldRow, NumberField, SelectField, TextareaField, TextField, type SelectOption } from "@/components/forms/fields";
import { DeliverableType, DisseminationLevel } from "@/generated/prisma/enums";
import { saveDeliverableAction, saveMilestoneAction, saveReportingPeriodAction, saveWorkPackageAction } from "@/lib/actions/work-plan";
import { DELIVERABLE_TYPE_LABELS, DISSEMINATION_LABELS } from "@/lib/format/labels";
import {
  ZSaveDeliverableInput,
  ZSaveMilestoneInput,
  ZSaveReportingPeriodInput,
  ZSaveWorkPackageInput,
  type TSaveDeliverableInput,
  type TSaveMilestoneInput,
  type TSaveReportingPeriodInput,
  type TSaveWorkPackageInput,
} from "@/lib/validation/work-plan";
import { MonthDateHint } from "./month-date-hint";

/** What every work-plan form knows of its project. */
export type PlanContext = { projectId: string; projectStart: string; durationMonths: number };

const TYPE_OPTIONS = Object.values(DeliverableType).map((type) => ({ value: type, label: DELIVERABLE_TYPE_LABELS[type] }));
const DISSEMINATION_OPTIONS = Object.values(DisseminationLevel).map((level) => ({ value: level, label: DISSEMINATION_LABELS[level] }));

function MonthField({ name, label, plan, edge }: { name: string; label: string; plan: PlanContext; edge: "start" | "end" }) {
  return (
    <NumberField
      name={name}
      label={label}
      required
      min={1}
      max={plan.durationMonths}
      hint={<MonthDateHint name={name} projectStart={plan.projectStart} durationMonths={plan.durationMonths} edge={edge} />}
    />
  );
}

const toProject = ({ projectId }: { projectId: string }) => `/projects/${projectId}`;

export function ReportingPeriodForm({ plan, period }: { plan: PlanContext; period: TSaveReportingPeriodInput }) {
  return (
    <ActionForm
      schema={ZSaveReportingPeriodInput}
      action={saveReportingPeriodAction}
      defaultValues={period}
      submitLabel={period.id ? "Save period" : "Add period"}
      redirectTo={toProject}
      cancelHref={`/projects/${plan.projectId}`}
    >
      <FieldRow>
        <MonthField name="startMonth" label="Start month" plan={plan} edge="start" />
        <MonthField name="endMonth" label="End month" plan={plan} edge="end" />
      </FieldRow>
    </ActionForm>
  );
}

export function WorkPackageForm({ plan, workPackage, partners }: { plan: PlanContext; workPackage: TSaveWorkPackageInput; partners: SelectOption[] }) {
  return (
    <ActionForm
      schema={ZSaveWorkPackageInput}
      action={saveWorkPackageAction}
      defaultValues={workPackage}
      submitLabel={workPackage.id ? "Save work package" : "Add work package"}
      redirectTo={toProject}
      cancelHref={`/projects/${plan.projectId}`}
    >
      <FieldRow>
        <NumberField name="number" label="Number (WP…)" required min={1} max={99} />
        <SelectField name="leadPartnerId" label="Lead partner" placeholder="No lead partner yet" options={partners} />
      </FieldRow>
      <TextField name="title" label="Title" required maxLength={200} />
      <FieldRow>
        <MonthField name="startMonth" label="Start month" plan={plan} edge="start" />
        <MonthField name="endMonth" label="End month" plan={plan} edge="end" />
      </FieldRow>
      <TextareaField name="objective" label="Objective" maxLength={2000} />
    </ActionForm>
  );
}

export function DeliverableForm({
  plan,
  deliverable,
  partners,
  workPackages,
}: {
  plan: PlanContext;
  deliverable: TSaveDeliverableInput;
  partners: SelectOption[];
  workPackages: SelectOption[];
}) {
  return (
    <ActionForm
      schema={ZSaveDeliverableInput}
      action={saveDeliverableAction}
      defaultValues={deliverable}
      submitLabel={deliverable.id ? "Save deliverable" : "Add deliverable"}
      redirectTo={toProject}
      cancelHref={`/projects/${plan.projectId}`}
    >
      <FieldRow>
        <TextField name="number" label="Number" required maxLength={8} hint="D<work package>.<n>, such as D2.1." />
        <SelectField name="workPackageId" label="Work package" required placeholder="Choose a work package" options={workPackages} />
      </FieldRow>
      <TextField name="title" label="Title" required maxLength={300} />
      <FieldRow>
        <SelectField name="responsiblePartnerId" label="Responsible partner" required placeholder="Choose a partner" options={partners} />
        <MonthField name="dueMonth" label="Due month" plan={plan} edge="end" />
      </FieldRow>
      <FieldRow>
        <SelectField name="type" label="Type" required options={TYPE_OPTIONS} />
        <SelectField name="dissemination" label="Dissemination level" required options={DISSEMINATION_OPTIONS} />
      </FieldRow>
      <TextareaField name="description" label="Description" maxLength={4000} />
    </ActionForm>
  );
}

export function MilestoneForm({ plan, milestone, workPackages }: { plan: PlanContext; milestone: TSaveMilestoneInput; workPackages: SelectOption[] }) {
  return (
    <ActionForm
      schema={ZSaveMilestoneInput}
      action={saveMilestoneAction}
      defaultValues={milestone}
      submitLabel={milestone.id ? "Save milestone" : "Add milestone"}
      redirectTo={toProject}
      cancelHref={`/projects/${plan.projectId}`}
    >
      <FieldRow>
        <NumberField name="number" label="Number (MS…)" required min={1} max={99} />
        <MonthField name="dueMonth" label="Due month" plan={plan} edge="end" />
      </FieldRow>
      <TextField name="title" label="Title" required maxLength={300} />
      <SelectField name="workPackageId" label="Work package" placeholder="None" options={workPackages} />
      <TextareaField name="meansOfVerification" label="Means of verification" maxLength={1000} />
    </ActionForm>
  );
}
