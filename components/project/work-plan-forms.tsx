"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import {
  FieldRow,
  NumberField,
  SelectField,
  TextareaField,
  TextField,
  type SelectOption,
} from "@/components/forms/fields";
import { DeliverableType, DisseminationLevel } from "@/generated/prisma/enums";
import { saveDeliverableAction } from "@/lib/actions/deliverables";
import { saveMilestoneAction } from "@/lib/actions/milestones";
import { saveReportingPeriodAction } from "@/lib/actions/reporting-periods";
import { saveWorkPackageAction } from "@/lib/actions/work-packages";
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
import { enumOptions } from "@/components/forms/enum-options";

/** What every work-plan form knows of its project. */
export type PlanContext = { projectId: string; projectStart: string; durationMonths: number };

function MonthField({
  name,
  label,
  plan,
  edge,
}: {
  name: string;
  label: string;
  plan: PlanContext;
  edge: "start" | "end";
}) {
  return (
    <NumberField
      name={name}
      label={label}
      required
      min={1}
      max={plan.durationMonths}
      hint={
        <MonthDateHint name={name} projectStart={plan.projectStart} durationMonths={plan.durationMonths} edge={edge} />
      }
    />
  );
}

const toProject = ({ projectId }: { projectId: string }) => `/projects/${projectId}`;

export function ReportingPeriodForm({ plan, period }: { plan: PlanContext; period: TSaveReportingPeriodInput }) {
  const t = useTranslations("WorkPlanForms");
  return (
    <ActionForm
      schema={ZSaveReportingPeriodInput}
      action={saveReportingPeriodAction}
      defaultValues={period}
      submitLabel={period.id ? t("savePeriod") : t("addPeriod")}
      redirectTo={toProject}
      notice={period.id ? "saved" : "added"}
      noticeSubject={(values) => `M${values.startMonth}–M${values.endMonth}`}
      cancelHref={`/projects/${plan.projectId}`}
    >
      <FieldRow>
        <MonthField name="startMonth" label={t("startMonth")} plan={plan} edge="start" />
        <MonthField name="endMonth" label={t("endMonth")} plan={plan} edge="end" />
      </FieldRow>
    </ActionForm>
  );
}

export function WorkPackageForm({
  plan,
  workPackage,
  partners,
}: {
  plan: PlanContext;
  workPackage: TSaveWorkPackageInput;
  partners: SelectOption[];
}) {
  const t = useTranslations("WorkPlanForms");
  return (
    <ActionForm
      schema={ZSaveWorkPackageInput}
      action={saveWorkPackageAction}
      defaultValues={workPackage}
      submitLabel={workPackage.id ? t("saveWorkPackage") : t("addWorkPackage")}
      redirectTo={toProject}
      notice={workPackage.id ? "saved" : "added"}
      noticeSubject={(values) => `WP${values.number}`}
      cancelHref={`/projects/${plan.projectId}`}
    >
      <FieldRow>
        <NumberField name="number" label={t("numberWp")} required min={1} max={99} />
        <SelectField
          name="leadPartnerId"
          label={t("leadPartner")}
          placeholder={t("noLeadPartnerYet")}
          options={partners}
        />
      </FieldRow>
      <TextField name="title" label={t("title")} required maxLength={200} />
      <FieldRow>
        <MonthField name="startMonth" label={t("startMonth")} plan={plan} edge="start" />
        <MonthField name="endMonth" label={t("endMonth")} plan={plan} edge="end" />
      </FieldRow>
      <TextareaField name="objective" label={t("objective")} maxLength={2000} />
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
  const t = useTranslations("WorkPlanForms");
  const labels = useTranslations("Labels");
  return (
    <ActionForm
      schema={ZSaveDeliverableInput}
      action={saveDeliverableAction}
      defaultValues={deliverable}
      submitLabel={deliverable.id ? t("saveDeliverable") : t("addDeliverable")}
      // A new deliverable opens on its own page, where its work starts.
      redirectTo={deliverable.id ? toProject : ({ projectId, id }) => `/projects/${projectId}/deliverables/${id}`}
      notice={deliverable.id ? "saved" : "added"}
      noticeSubject={(values) => String(values.number).trim()}
      cancelHref={`/projects/${plan.projectId}`}
    >
      <FieldRow>
        <TextField name="number" label={t("number")} required maxLength={8} hint={t("numberHint")} />
        <SelectField
          name="workPackageId"
          label={t("workPackage")}
          required
          placeholder={t("chooseAWorkPackage")}
          options={workPackages}
        />
      </FieldRow>
      <TextField name="title" label={t("title")} required maxLength={300} />
      <FieldRow>
        <SelectField
          name="responsiblePartnerId"
          label={t("responsiblePartner")}
          required
          placeholder={t("chooseAPartner")}
          options={partners}
        />
        <MonthField name="dueMonth" label={t("dueMonth")} plan={plan} edge="end" />
      </FieldRow>
      <FieldRow>
        <SelectField
          name="type"
          label={t("type")}
          required
          options={enumOptions(DeliverableType, (type) => labels(`deliverableType.${type}`))}
        />
        <SelectField
          name="dissemination"
          label={t("disseminationLevel")}
          required
          options={enumOptions(DisseminationLevel, (level) => labels(`dissemination.${level}`))}
        />
      </FieldRow>
      <TextareaField name="description" label={t("description")} maxLength={4000} />
    </ActionForm>
  );
}

export function MilestoneForm({
  plan,
  milestone,
  workPackages,
}: {
  plan: PlanContext;
  milestone: TSaveMilestoneInput;
  workPackages: SelectOption[];
}) {
  const t = useTranslations("WorkPlanForms");
  return (
    <ActionForm
      schema={ZSaveMilestoneInput}
      action={saveMilestoneAction}
      defaultValues={milestone}
      submitLabel={milestone.id ? t("saveMilestone") : t("addMilestone")}
      redirectTo={toProject}
      notice={milestone.id ? "saved" : "added"}
      noticeSubject={(values) => `MS${values.number}`}
      cancelHref={`/projects/${plan.projectId}`}
    >
      <FieldRow>
        <NumberField name="number" label={t("numberMs")} required min={1} max={99} />
        <MonthField name="dueMonth" label={t("dueMonth")} plan={plan} edge="end" />
      </FieldRow>
      <TextField name="title" label={t("title")} required maxLength={300} />
      <SelectField name="workPackageId" label={t("workPackage")} placeholder={t("none")} options={workPackages} />
      <TextareaField name="meansOfVerification" label={t("meansOfVerification")} maxLength={1000} />
    </ActionForm>
  );
}
