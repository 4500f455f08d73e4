"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { FieldRow, TextField } from "@/components/forms/fields";
import { saveExchangeRateAction } from "@/lib/actions/exchange-rates";
import { ZSaveExchangeRateInput, type TSaveExchangeRateInput } from "@/lib/validation/exchange-rate";

/** Enters or corrects one month's rate of one currency; the page then shows that month's year. */
export function ExchangeRateForm({ rate }: { rate: TSaveExchangeRateInput }) {
  const t = useTranslations("ExchangeRates");
  return (
    <ActionForm
      schema={ZSaveExchangeRateInput}
      action={saveExchangeRateAction}
      defaultValues={rate}
      submitLabel={t("save")}
      redirectTo={(data) => `/programmes/exchange-rates?year=${data.month.slice(0, 4)}`}
      noticeSubject={(values) => `${values.currency} ${values.month}`}
    >
      <FieldRow>
        <TextField name="currency" label={t("currency")} required maxLength={3} hint={t("currencyHint")} />
        <TextField name="month" label={t("month")} type="month" required hint={t("monthHint")} />
        <TextField name="rate" label={t("rate")} required maxLength={20} hint={t("rateHint")} />
      </FieldRow>
    </ActionForm>
  );
}
