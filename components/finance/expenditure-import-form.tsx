"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { SpreadsheetImportForm } from "@/components/import/spreadsheet-import-form";
import { Table, Td, Th } from "@/components/ui/table";
import { importExpenditureAction, previewExpenditureImportAction } from "@/lib/actions/expenditure-import";
import { useDisplay } from "@/lib/i18n/use-display";
import { ZImportExpenditureInput } from "@/lib/validation/expenditure";

/** A partner's spreadsheet of expenditure for its report: previewed with every problem by line, then imported. */
export function ExpenditureImportForm({ projectId, reportId }: { projectId: string; reportId: string }) {
  const t = useTranslations("ExpenditureImport");
  const columns = useTranslations("Expenditure");
  const labels = useTranslations("Labels");
  const display = useDisplay();
  const router = useRouter();
  return (
    <SpreadsheetImportForm
      schema={ZImportExpenditureInput}
      defaultValues={{ projectId, reportId, file: "" }}
      preview={previewExpenditureImportAction}
      import={importExpenditureAction}
      fileLabel={t("file")}
      fileHint={t("fileHint")}
      importLabel={(preview) => (preview.items.length ? t("import", { count: preview.items.length }) : null)}
      onImported={(done) => {
        const notice = new URLSearchParams({ notice: "added", subject: t("importedSubject", { count: done.count }) });
        router.push(`/projects/${projectId}/reports/${reportId}?${notice}#finance-heading`);
        router.refresh();
      }}
      renderPreview={(preview) =>
        preview.items.length ? (
          <Table caption={t("itemsCaption", { count: preview.items.length })}>
            <thead>
              <tr>
                <Th>{t("line")}</Th>
                <Th>{columns("category")}</Th>
                <Th>{columns("description")}</Th>
                <Th>{columns("invoiceDate")}</Th>
                <Th className="text-right">{columns("amount")}</Th>
                <Th className="text-right">{columns("converted", { currency: preview.currency })}</Th>
              </tr>
            </thead>
            <tbody>
              {preview.items.map((item) => (
                <tr key={item.line}>
                  <Td>{item.line}</Td>
                  <Td>{labels(`costCategory.${item.category}`)}</Td>
                  <Td>{item.description}</Td>
                  <Td>{display.date(new Date(item.invoiceDate))}</Td>
                  <Td className="text-right">{display.money(item.amount, item.currency)}</Td>
                  <Td className="text-right">{display.money(item.converted, preview.currency)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        ) : null
      }
    />
  );
}
