"use client";

import { ActionForm } from "@/components/forms/action-form";
import { FieldRow, SelectField, TextareaField, TextField, type SelectOption } from "@/components/forms/fields";
import { CostCategory, PaymentKind } from "@/generated/prisma/enums";
import { saveBudgetLineAction } from "@/lib/actions/budget";
import { savePaymentAction } from "@/lib/actions/payments";
import {
  ZSaveBudgetLineInput,
  ZSavePaymentInput,
  type TSaveBudgetLineInput,
  type TSavePaymentInput,
} from "@/lib/validation/budget";
import { useTranslations } from "next-intl";
import { enumOptions } from "@/components/forms/enum-options";

type Options = { partners: SelectOption[]; periods: SelectOption[]; currency: string };
const toBudget = ({ projectId }: { projectId: string }) => `/projects/${projectId}/budget`;

export function BudgetLineForm({ line, options }: { line: TSaveBudgetLineInput; options: Options }) {
  const isEdit = line.version !== undefined;
  const t = useTranslations("BudgetForms");
  const labels = useTranslations("Labels");
  return (
    <ActionForm
      schema={ZSaveBudgetLineInput}
      action={saveBudgetLineAction}
      defaultValues={line}
      submitLabel={isEdit ? t("saveLine") : t("addLine")}
      redirectTo={toBudget}
      cancelHref={`/projects/${line.projectId}/budget`}
    >
      <FieldRow>
        <SelectField
          name="partnerId"
          label={t("partner")}
          required
          placeholder={t("choosePartner")}
          options={options.partners}
        />
        <SelectField
          name="periodId"
          label={t("period")}
          required
          placeholder={t("choosePeriod")}
          options={options.periods}
        />
      </FieldRow>
      <FieldRow>
        <SelectField
          name="category"
          label={t("category")}
          required
          placeholder={t("chooseCategory")}
          options={enumOptions(CostCategory, (category) => labels(`costCategory.${category}`))}
        />
        <TextField
          name="amount"
          label={t("amount", { currency: options.currency })}
          required
          maxLength={20}
          hint={t("amountHint")}
        />
      </FieldRow>
    </ActionForm>
  );
}

export function PaymentForm({ payment, options }: { payment: TSavePaymentInput; options: Omit<Options, "partners"> }) {
  const t = useTranslations("BudgetForms");
  const labels = useTranslations("Labels");
  return (
    <ActionForm
      schema={ZSavePaymentInput}
      action={savePaymentAction}
      defaultValues={payment}
      submitLabel={payment.id ? t("savePayment") : t("addPayment")}
      redirectTo={toBudget}
      cancelHref={`/projects/${payment.projectId}/budget`}
    >
      <FieldRow>
        <SelectField
          name="kind"
          label={t("kind")}
          required
          options={enumOptions(PaymentKind, (kind) => labels(`paymentKind.${kind}`))}
        />
        <SelectField name="periodId" label={t("forPeriod")} placeholder={t("none")} options={options.periods} />
      </FieldRow>
      <FieldRow>
        <TextField name="plannedDate" label={t("plannedDate")} type="date" required />
        <TextField
          name="plannedAmount"
          label={t("plannedAmount", { currency: options.currency })}
          required
          maxLength={20}
        />
      </FieldRow>
      <FieldRow>
        <TextField name="receivedDate" label={t("receivedDate")} type="date" />
        <TextField name="receivedAmount" label={t("receivedAmount", { currency: options.currency })} maxLength={20} />
      </FieldRow>
      <TextareaField name="note" label={t("note")} maxLength={1000} />
    </ActionForm>
  );
}
