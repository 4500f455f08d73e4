import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { ExpenditureCheckForm } from "@/components/finance/expenditure-forms";
import { Documents } from "@/components/files/documents";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { PageHeader } from "@/components/layout/page-header";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { DescriptionItem } from "@/components/ui/description-item";
import { deleteExpenditureItemAction } from "@/lib/actions/expenditure";
import { requireUser } from "@/lib/auth/session";
import { getExpenditureItemPage } from "@/lib/dal/expenditure";
import { env } from "@/lib/env";
import { getDisplay } from "@/lib/i18n/display";
import { orNotFound } from "@/lib/pages/or-not-found";
import { RateText } from "../../_components/rate-text";
import { reportCrumbs } from "../_components/expenditure-form-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Expenditure"))("itemTitle") };
}

export default async function ExpenditureItemPage({
  params,
}: {
  params: Promise<{ projectId: string; reportId: string; itemId: string }>;
}) {
  const [t, labels, display] = await Promise.all([
    getTranslations("Expenditure"),
    getTranslations("Labels"),
    getDisplay(),
  ]);
  const user = await requireUser();
  const { projectId, reportId, itemId } = await params;
  const { item, finance, report, canEdit, canCheck, seesChecksums } = await orNotFound(
    getExpenditureItemPage(user, projectId, reportId, itemId),
  );
  const reportHref = `/projects/${projectId}/reports/${reportId}`;
  const converted = item.conversion && "converted" in item.conversion ? item.conversion.converted : null;

  return (
    <div className="space-y-6">
      <PageHeader
        crumbs={await reportCrumbs(report)}
        title={item.description}
        actions={
          canEdit ? (
            <div className="flex flex-wrap gap-2">
              <Button asChild variant="secondary">
                <Link href={`${reportHref}/expenditure/${item.id}/edit`}>{t("edit")}</Link>
              </Button>
              <ConfirmActionButton
                label={t("delete")}
                title={t("deleteTitle")}
                description={t("deleteDescription", { description: item.description })}
                confirmLabel={t("deleteConfirm")}
                action={deleteExpenditureItemAction.bind(null, { projectId, id: item.id })}
                redirectTo={reportHref}
                notice="removed"
              />
            </div>
          ) : null
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card aria-labelledby="details-heading">
            <CardTitle id="details-heading">{t("details")}</CardTitle>
            <dl className="grid gap-4 sm:grid-cols-2">
              <DescriptionItem label={t("category")}>{labels(`costCategory.${item.category}`)}</DescriptionItem>
              <DescriptionItem label={t("supplier")}>{item.supplier ?? "—"}</DescriptionItem>
              <DescriptionItem label={t("invoiceNumber")}>{item.invoiceNumber ?? "—"}</DescriptionItem>
              <DescriptionItem label={t("invoiceDate")}>{display.date(item.invoiceDate)}</DescriptionItem>
              <DescriptionItem label={t("paymentDate")}>
                {item.paymentDate ? display.date(item.paymentDate) : "—"}
              </DescriptionItem>
              <DescriptionItem label={t("original")}>{display.money(item.amount, item.currency)}</DescriptionItem>
              <DescriptionItem label={t("rate")}>
                <RateText item={item} projectCurrency={finance.currency} />
              </DescriptionItem>
              <DescriptionItem label={t("converted", { currency: finance.currency })}>
                {converted ? display.money(converted, finance.currency) : "—"}
              </DescriptionItem>
              {item.acceptedAmount ? (
                <DescriptionItem label={t("accepted")}>
                  {display.money(item.acceptedAmount, finance.currency)}
                  {item.deductionReason ? (
                    <span className="block text-sm text-slate-600">
                      {t("deductedBecause", { reason: item.deductionReason })}
                    </span>
                  ) : null}
                </DescriptionItem>
              ) : null}
            </dl>
          </Card>
          <Card aria-labelledby="receipts-heading">
            <CardTitle id="receipts-heading">{t("receipts")}</CardTitle>
            <Documents
              documents={item.receipts.map((receipt) => ({ ...receipt, type: "RECEIPT" as const }))}
              uploadEndpoint={canEdit ? `/api/uploads?reportId=${reportId}&expenditureItemId=${item.id}` : undefined}
              maxBytes={env.MAX_UPLOAD_BYTES}
              showChecksums={seesChecksums}
              receiptsOf={item.description}
            />
          </Card>
        </div>
        {canCheck && converted ? (
          <Card aria-labelledby="check-heading">
            <CardTitle id="check-heading">{t("checkHeading")}</CardTitle>
            <ExpenditureCheckForm
              currency={finance.currency}
              check={{
                projectId,
                id: item.id,
                version: item.version,
                acceptedAmount: (item.acceptedAmount ?? converted).toFixed(2),
                deductionReason: item.deductionReason ?? "",
              }}
            />
          </Card>
        ) : null}
      </div>
      <p>
        <Link href={reportHref} className="text-brand-700 underline">
          {t("backToReport")}
        </Link>
      </p>
    </div>
  );
}
