"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { TextField } from "@/components/forms/fields";
import { SpreadsheetImportForm } from "@/components/import/spreadsheet-import-form";
import { Table, Td, Th } from "@/components/ui/table";
import { importRatesAction, previewRateImportAction } from "@/lib/actions/exchange-rates";
import { ZImportExchangeRatesInput } from "@/lib/validation/exchange-rate";

/** A rate file (InforEuro's monthly file, or month,currency,rate), previewed against the rates held, then imported. */
export function RateImportForm() {
  const t = useTranslations("ExchangeRates");
  const router = useRouter();
  return (
    <SpreadsheetImportForm
      schema={ZImportExchangeRatesInput}
      defaultValues={{ file: "", month: "" }}
      preview={previewRateImportAction}
      import={importRatesAction}
      fileLabel={t("file")}
      fileHint={t("fileHint")}
      importLabel={(preview) => (preview.rates.length ? t("import", { count: preview.rates.length }) : null)}
      onImported={(done) => {
        const notice = new URLSearchParams({ notice: "saved", subject: t("imported", { count: done.count }) });
        router.push(`/programmes/exchange-rates?${notice}`);
        router.refresh();
      }}
      renderPreview={(preview) =>
        preview.rates.length ? (
          <Table caption={t("ratesCaption", { count: preview.rates.length })}>
            <thead>
              <tr>
                <Th>{t("line")}</Th>
                <Th>{t("month")}</Th>
                <Th>{t("currency")}</Th>
                <Th className="text-right">{t("rate")}</Th>
                <Th>{t("outcome")}</Th>
              </tr>
            </thead>
            <tbody>
              {preview.rates.map((rate) => (
                <tr key={`${rate.currency}-${rate.month}`}>
                  <Td>{rate.line}</Td>
                  <Td>{rate.month}</Td>
                  <Td>{rate.currency}</Td>
                  <Td className="text-right tabular-nums">{rate.rate}</Td>
                  <Td>
                    {rate.current === null
                      ? t("willAdd")
                      : Number(rate.current) === Number(rate.rate) && !rate.isDemo
                        ? t("unchanged")
                        : t("willReplace", { rate: rate.current })}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        ) : null
      }
    >
      <TextField name="month" label={t("importMonth")} type="month" hint={t("importMonthHint")} />
    </SpreadsheetImportForm>
  );
}
