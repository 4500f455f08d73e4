import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { AlertTriangle } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/form-message";
import { Table, Td, Th } from "@/components/ui/table";
import type { getReportFinance } from "@/lib/dal/expenditure";
import { getDisplay } from "@/lib/i18n/display";
import { RateText } from "./rate-text";

type Finance = NonNullable<Awaited<ReturnType<typeof getReportFinance>>>;

/**
 * A report's expenditure: the items with their conversion (the rate on the row) and, per cost category, the totals
 * against the partner's budget for the period and up to it, with going over said in words.
 */
export async function FinanceSection({
  finance,
  projectId,
  reportId,
  canEdit,
  canCheck,
  showsAccepted,
}: {
  finance: Finance;
  projectId: string;
  reportId: string;
  canEdit: boolean;
  /** The lead, on a submitted report: each item is checked on its page. */
  canCheck: boolean;
  /** Once the lead checks the report, what was accepted stands beside what was declared. */
  showsAccepted: boolean;
}) {
  const [t, importWords, labels, display] = await Promise.all([
    getTranslations("Expenditure"),
    getTranslations("ExpenditureImport"),
    getTranslations("Labels"),
    getDisplay(),
  ]);
  const money = (amount: { toString(): string }) => display.money(amount, finance.currency);
  const overBudget = finance.categories.filter((row) => row.overPeriod || row.overToDate);
  const itemHref = (id: string) => `/projects/${projectId}/reports/${reportId}/expenditure/${id}`;

  return (
    <Card aria-labelledby="finance-heading" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <CardTitle id="finance-heading">{t("finance")}</CardTitle>
        {canEdit ? (
          <div className="flex flex-wrap gap-2">
            <Button asChild variant="secondary">
              <Link href={`/projects/${projectId}/reports/${reportId}/expenditure/import`}>
                {importWords("linkFromReport")}
              </Link>
            </Button>
            <Button asChild>
              <Link href={`/projects/${projectId}/reports/${reportId}/expenditure/new`}>{t("addExpenditure")}</Link>
            </Button>
          </div>
        ) : null}
      </div>
      {finance.flatRatePercent ? (
        <p className="text-sm text-slate-600">{t("flatRateNote", { percent: finance.flatRatePercent.toString() })}</p>
      ) : null}
      {canCheck && finance.items.length ? <p className="text-sm text-slate-600">{t("checkHint")}</p> : null}
      {finance.missingRates.length ? (
        <Notice>
          {t("missingRates", {
            list: finance.missingRates.map((missing) => `${missing.currency} ${missing.month}`).join(", "),
          })}
        </Notice>
      ) : null}

      {finance.items.length === 0 ? (
        <EmptyState title={t("noItems")}>{canEdit ? t("noItemsHint") : null}</EmptyState>
      ) : (
        <Table caption={t("itemsCaption")}>
          <thead>
            <tr>
              <Th>{t("invoiceDate")}</Th>
              <Th>{t("category")}</Th>
              <Th>{t("description")}</Th>
              <Th className="text-right">{t("amount")}</Th>
              <Th>{t("rate")}</Th>
              <Th className="text-right">{t("converted", { currency: finance.currency })}</Th>
              {showsAccepted ? <Th className="text-right">{t("accepted")}</Th> : null}
              <Th>{t("receipts")}</Th>
            </tr>
          </thead>
          <tbody>
            {finance.items.map((item) => (
              <tr key={item.id}>
                <Td className="whitespace-nowrap">{display.date(item.invoiceDate)}</Td>
                <Td>{labels(`costCategory.${item.category}`)}</Td>
                <Td>
                  <Link href={itemHref(item.id)} className="text-brand-700 underline">
                    <bdi>{item.description}</bdi>
                  </Link>
                  {item.supplier || item.invoiceNumber ? (
                    <div className="text-xs text-slate-600">
                      {[item.supplier, item.invoiceNumber].filter(Boolean).join(" · ")}
                    </div>
                  ) : null}
                </Td>
                <Td className="whitespace-nowrap text-right">{display.money(item.amount, item.currency)}</Td>
                <Td>
                  <RateText item={item} projectCurrency={finance.currency} />
                </Td>
                <Td className="whitespace-nowrap text-right">
                  {item.conversion && "converted" in item.conversion ? money(item.conversion.converted) : "—"}
                </Td>
                {showsAccepted ? (
                  <Td className="text-right">
                    {item.acceptedAmount ? money(item.acceptedAmount) : t("notChecked")}
                    {item.deductionReason ? (
                      <div className="text-xs text-slate-600">
                        {t("deductedBecause", { reason: item.deductionReason })}
                      </div>
                    ) : null}
                  </Td>
                ) : null}
                <Td>{t("receiptCount", { count: item.receipts.length })}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}

      <Table caption={t("totalsCaption")}>
        <thead>
          <tr>
            <Th>{t("category")}</Th>
            <Th className="text-right">{t("declared")}</Th>
            {showsAccepted ? <Th className="text-right">{t("accepted")}</Th> : null}
            <Th className="text-right">{t("budgetPeriod")}</Th>
            <Th className="text-right">{t("declaredToDate")}</Th>
            <Th className="text-right">{t("budgetToDate")}</Th>
          </tr>
        </thead>
        <tbody>
          {finance.categories.map((row) => (
            <tr key={row.category}>
              <Th scope="row" className="font-normal">
                {labels(`costCategory.${row.category}`)}
                {row.isFlatRate ? (
                  <Badge tone="neutral" className="ml-2">
                    {t("flatRate", { percent: finance.flatRatePercent?.toString() ?? "" })}
                  </Badge>
                ) : null}
              </Th>
              <Td className="text-right">{money(row.declared)}</Td>
              {showsAccepted ? <Td className="text-right">{money(row.accepted)}</Td> : null}
              <Td className="text-right">{money(row.budgetPeriod)}</Td>
              <Td className="text-right">{money(row.declaredToDate)}</Td>
              <Td className="text-right">{money(row.budgetToDate)}</Td>
            </tr>
          ))}
          <tr>
            <Th scope="row">{t("total")}</Th>
            <Td className="text-right font-semibold">{money(finance.total)}</Td>
          </tr>
        </tbody>
      </Table>

      {overBudget.length ? (
        <ul className="space-y-1 text-sm" aria-label={t("overBudgetList")}>
          {overBudget.map((row) => (
            <li key={row.category} className="flex gap-2 text-amber-900">
              <AlertTriangle aria-hidden className="mt-0.5 size-4 shrink-0" />
              <span>
                {row.overPeriod
                  ? t("overPeriod", { category: labels(`costCategory.${row.category}`), amount: money(row.overPeriod) })
                  : t("overToDate", {
                      category: labels(`costCategory.${row.category}`),
                      amount: money(row.overToDate!),
                    })}
              </span>
            </li>
          ))}
          {canEdit ? <li className="text-slate-600">{t("overBudgetAllowed")}</li> : null}
        </ul>
      ) : null}
    </Card>
  );
}
