"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { enumOptions } from "@/components/forms/enum-options";
import { FieldRow, SelectField, TextareaField, TextField } from "@/components/forms/fields";
import { CostCategory } from "@/generated/prisma/enums";
import { acceptExpenditureAction, saveExpenditureItemAction } from "@/lib/actions/expenditure";
import {
  ZAcceptExpenditureInput,
  ZSaveExpenditureItemInput,
  type TAcceptExpenditureInput,
  type TSaveExpenditureItemInput,
} from "@/lib/validation/expenditure";

const toReport = ({ projectId, reportId }: { projectId: string; reportId: string }) =>
  `/projects/${projectId}/reports/${reportId}`;
const toItem = ({ projectId, reportId, id }: { projectId: string; reportId: string; id: string }) =>
  `/projects/${projectId}/reports/${reportId}/expenditure/${id}`;

/**
 * A partner's expenditure item: the categories it may itemise (a flat-rate category is computed, so not offered),
 * the invoice, and the amount in the currency paid. Saving leads to the item, where its receipts are added.
 */
export function ExpenditureItemForm({
  item,
  flatRateCategory,
  invoiceDates,
}: {
  item: TSaveExpenditureItemInput;
  flatRateCategory: CostCategory | null;
  /** The project's first and last day, yyyy-mm-dd, for the invoice date's hint. */
  invoiceDates: { from: string; to: string };
}) {
  const t = useTranslations("Expenditure");
  const labels = useTranslations("Labels");
  const isEdit = item.version !== undefined;
  return (
    <ActionForm
      schema={ZSaveExpenditureItemInput}
      action={saveExpenditureItemAction}
      defaultValues={item}
      submitLabel={isEdit ? t("saveItem") : t("addItem")}
      redirectTo={toItem}
      notice={isEdit ? "saved" : "added"}
      noticeSubject={(_, data) => data.subject}
      cancelHref={`/projects/${item.projectId}/reports/${item.reportId}${isEdit ? `/expenditure/${item.id}` : ""}`}
    >
      <SelectField
        name="category"
        label={t("category")}
        required
        placeholder={t("chooseCategory")}
        options={enumOptions(CostCategory, (category) => labels(`costCategory.${category}`)).filter(
          (option) => option.value !== flatRateCategory,
        )}
      />
      <TextareaField name="description" label={t("description")} required maxLength={500} rows={2} />
      <FieldRow>
        <TextField name="supplier" label={t("supplier")} maxLength={200} />
        <TextField name="invoiceNumber" label={t("invoiceNumber")} maxLength={100} />
      </FieldRow>
      <FieldRow>
        <TextField
          name="invoiceDate"
          label={t("invoiceDate")}
          type="date"
          required
          hint={t("invoiceDateHint", invoiceDates)}
        />
        <TextField name="paymentDate" label={t("paymentDate")} type="date" />
      </FieldRow>
      <FieldRow>
        <TextField name="amount" label={t("amount")} required maxLength={20} hint={t("amountHint")} />
        <TextField name="currency" label={t("currency")} required maxLength={3} hint={t("currencyHint")} />
      </FieldRow>
    </ActionForm>
  );
}

/** The lead's check of one item: the amount accepted, and why when it is less than declared. */
export function ExpenditureCheckForm({ check, currency }: { check: TAcceptExpenditureInput; currency: string }) {
  const t = useTranslations("Expenditure");
  return (
    <ActionForm
      schema={ZAcceptExpenditureInput}
      action={acceptExpenditureAction}
      defaultValues={check}
      submitLabel={t("saveCheck")}
      redirectTo={toReport}
      noticeSubject={(_, data) => data.subject}
    >
      <TextField
        name="acceptedAmount"
        label={t("acceptedAmount", { currency })}
        required
        maxLength={20}
        hint={t("acceptedAmountHint")}
      />
      <TextareaField name="deductionReason" label={t("deductionReason")} maxLength={1000} rows={2} />
    </ActionForm>
  );
}
