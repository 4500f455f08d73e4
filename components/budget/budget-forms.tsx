"use client";

import { ActionForm } from "@/components/forms/action-form";
import { FieldRow, SelectField, TextareaField, TextField, type SelectOption } from "@/components/forms/fields";
import { CostCategory, PaymentKind } from "@/generated/prisma/enums";
import { saveBudgetLineAction, savePaymentAction } from "@/lib/actions/budget";
import { COST_CATEGORY_LABELS, PAYMENT_KIND_LABELS } from "@/lib/format/labels";
import { ZSaveBudgetLineInput, ZSavePaymentInput, type TSaveBudgetLineInput, type TSavePaymentInput } from "@/lib/validation/budget";

const CATEGORY_OPTIONS = Object.values(CostCategory).map((category) => ({ value: category, label: COST_CATEGORY_LABELS[category] }));
const KIND_OPTIONS = Object.values(PaymentKind).map((kind) => ({ value: kind, label: PAYMENT_KIND_LABELS[kind] }));

type Options = { partners: SelectOption[]; periods: SelectOption[]; currency: string };
const toBudget = ({ projectId }: { projectId: string }) => `/projects/${projectId}/budget`;

export function BudgetLineForm({ line, options }: { line: TSaveBudgetLineInput; options: Options }) {
  const isEdit = line.version !== undefined;
  return (
    <ActionForm
      schema={ZSaveBudgetLineInput}
      action={saveBudgetLineAction}
      defaultValues={line}
      submitLabel={isEdit ? "Save budget line" : "Add budget line"}
      redirectTo={toBudget}
      cancelHref={`/projects/${line.projectId}/budget`}
    >
      <FieldRow>
        <SelectField name="partnerId" label="Partner" required placeholder="Choose a partner" options={options.partners} />
        <SelectField name="periodId" label="Reporting period" required placeholder="Choose a period" options={options.periods} />
      </FieldRow>
      <FieldRow>
        <SelectField name="category" label="Cost category" required placeholder="Choose a category" options={CATEGORY_OPTIONS} />
        <TextField name="amount" label={`Amount (${options.currency})`} required maxLength={20} hint="Exact, such as 12500 or 12500.50." />
      </FieldRow>
    </ActionForm>
  );
}

export function PaymentForm({ payment, options }: { payment: TSavePaymentInput; options: Omit<Options, "partners"> }) {
  return (
    <ActionForm
      schema={ZSavePaymentInput}
      action={savePaymentAction}
      defaultValues={payment}
      submitLabel={payment.id ? "Save payment" : "Add payment"}
      redirectTo={toBudget}
      cancelHref={`/projects/${payment.projectId}/budget`}
    >
      <FieldRow>
        <SelectField name="kind" label="Kind" required options={KIND_OPTIONS} />
        <SelectField name="periodId" label="For reporting period" placeholder="None" options={options.periods} />
      </FieldRow>
      <FieldRow>
        <TextField name="plannedDate" label="Planned date" type="date" required />
        <TextField name="plannedAmount" label={`Planned amount (${options.currency})`} required maxLength={20} />
      </FieldRow>
      <FieldRow>
        <TextField name="receivedDate" label="Date received" type="date" />
        <TextField name="receivedAmount" label={`Amount received (${options.currency})`} maxLength={20} />
      </FieldRow>
      <TextareaField name="note" label="Note" maxLength={1000} />
    </ActionForm>
  );
}
