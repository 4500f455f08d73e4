import type { Metadata } from "next";
import Link from "next/link";
import { SpendChart } from "@/components/budget/spend-chart";
import { SpendFlagText } from "@/components/budget/spend-flag";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { PageHeader, projectCrumbs } from "@/components/layout/page-header";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { DescriptionItem } from "@/components/ui/description-item";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import { CostCategory } from "@/generated/prisma/enums";
import { deletePaymentAction } from "@/lib/actions/payments";
import { managesProject } from "@/lib/access/permissions";
import { requireUser } from "@/lib/auth/session";
import { getProjectBudget, SPEND_WARNING } from "@/lib/dal/budget";
import { orNotFound } from "@/lib/pages/or-not-found";
import { getTranslations } from "next-intl/server";
import { getDisplay } from "@/lib/i18n/display";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Budget"))("title") };
}

export default async function BudgetPage({ params }: { params: Promise<{ projectId: string }> }) {
  const [t, common, labels, display] = await Promise.all([
    getTranslations("Budget"),
    getTranslations("Common"),
    getTranslations("Labels"),
    getDisplay(),
  ]);
  const user = await requireUser();
  const { projectId } = await params;
  const budget = await orNotFound(getProjectBudget(user, projectId));
  const { project, access, periods, partners, periodTotals } = budget;
  const money = (amount: { toFixed(digits: number): string }) => display.money(amount.toFixed(2), project.currency);
  const canEdit = managesProject(user, access);
  const categories = Object.values(CostCategory).filter((category) =>
    partners.some((partner) => !partner.byCategory(category).isZero()),
  );
  const flagged = partners.filter((partner) => partner.flag);

  return (
    <div className="space-y-6">
      <PageHeader
        crumbs={projectCrumbs(project)}
        title={t("heading", { acronym: project.acronym })}
        subtitle={access.canReadAllFunding ? undefined : t("ownOnly")}
        actions={
          <>
            {canEdit ? (
              <Button asChild>
                <Link href={`/projects/${project.id}/budget/lines/new`}>{t("addLine")}</Link>
              </Button>
            ) : null}
            <Button asChild variant="secondary">
              <a href={`/projects/${project.id}/export?data=budget`} download>
                {t("exportBudget")}
              </a>
            </Button>
          </>
        }
      />

      <Card aria-labelledby="totals-heading">
        <CardTitle id="totals-heading">{t("totals")}</CardTitle>
        <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-3">
          <DescriptionItem label={t("totalCost")}>{money(project.totalCost)}</DescriptionItem>
          <DescriptionItem label={t("grant")}>{money(project.grantAmount)}</DescriptionItem>
          <DescriptionItem label={t("cofinancingRate")}>{display.percent(project.cofinancingRate)}</DescriptionItem>
          <DescriptionItem label={access.canReadAllFunding ? t("linesAll") : t("linesOwn")}>
            <span data-testid="budget-total">{money(budget.budgetTotal)}</span>
          </DescriptionItem>
          <DescriptionItem label={t("reportedSpend")}>{money(budget.spendTotal)}</DescriptionItem>
          {access.canReadAllFunding ? (
            <DescriptionItem label={t("paymentsReceivedPlanned")}>
              {money(budget.paymentsReceived)} / {money(budget.paymentsPlanned)}
            </DescriptionItem>
          ) : null}
        </dl>
      </Card>

      <Card aria-labelledby="spend-heading">
        <CardTitle id="spend-heading">{t("againstSpend")}</CardTitle>
        {flagged.length ? (
          <ul className="mb-4 space-y-1 text-sm">
            {flagged.map((partner) => (
              <li key={partner.id}>
                <SpendFlagText flag={partner.flag} />:{" "}
                {t("flagLine", {
                  name: partner.name,
                  spend: money(partner.spendSoFar),
                  budget: money(partner.budgetSoFar),
                  share: display.percent(
                    partner.budgetSoFar.isZero() ? "1" : partner.spendSoFar.dividedBy(partner.budgetSoFar).toFixed(4),
                  ),
                })}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mb-4 text-sm text-slate-700">{t("noFlags")}</p>
        )}
        <p className="mb-3 text-xs text-slate-600">
          {t("flagsExplained", {
            under: display.percent(String(SPEND_WARNING.under)),
            over: display.percent(String(SPEND_WARNING.over)),
          })}
        </p>
        <SpendChart
          title={t("chartTitle", { acronym: project.acronym })}
          currency={project.currency}
          points={periodTotals.map((total) => ({
            label: `P${total.period.number}`,
            cumulativeBudget: total.cumulativeBudget,
            cumulativeSpend: total.cumulativeSpend,
            hasEnded: total.period.hasEnded,
          }))}
        />
        <Table caption={t("byPeriodCaption")} className="mt-4">
          <thead>
            <tr>
              <Th>{t("period")}</Th>
              <Th className="text-right">{t("budget")}</Th>
              <Th className="text-right">{t("spend")}</Th>
              <Th className="text-right">{t("budgetSoFar")}</Th>
              <Th className="text-right">{t("spendSoFar")}</Th>
              <Th>{t("flag")}</Th>
            </tr>
          </thead>
          <tbody>
            {periodTotals.map((total) => (
              <tr key={total.period.id}>
                <Td>
                  P{total.period.number} (M{total.period.startMonth}–M{total.period.endMonth})
                  {total.period.hasEnded ? "" : `, ${t("notEnded")}`}
                </Td>
                <Td className="text-right">{money(total.budget)}</Td>
                <Td className="text-right">{money(total.spend)}</Td>
                <Td className="text-right">{money(total.cumulativeBudget)}</Td>
                <Td className="text-right">{money(total.cumulativeSpend)}</Td>
                <Td>{total.period.hasEnded ? <SpendFlagText flag={total.flag} /> : "—"}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>

      <Card aria-labelledby="partners-budget-heading">
        <CardTitle id="partners-budget-heading">{t("byPartnerPeriod")}</CardTitle>
        {partners.length === 0 ? (
          <EmptyState title={t("noPartners")} />
        ) : (
          <Table caption={t("byPartnerPeriodCaption")}>
            <thead>
              <tr>
                <Th>{t("partner")}</Th>
                {periods.map((period) => (
                  <Th key={period.id} className="text-right">
                    {t("periodBudgetSpend", { period: `P${period.number}` })}
                  </Th>
                ))}
                <Th className="text-right">{t("totalBudget")}</Th>
                <Th className="text-right">{t("totalSpend")}</Th>
                <Th>{t("flag")}</Th>
              </tr>
            </thead>
            <tbody>
              {partners.map((partner) => (
                <tr key={partner.id}>
                  <Td>
                    PP{partner.partnerNumber} {partner.name}
                  </Td>
                  {partner.perPeriod.map((entry) => (
                    <Td key={entry.periodId} className="text-right whitespace-nowrap">
                      {money(entry.budget)} / {money(entry.spend)}
                    </Td>
                  ))}
                  <Td className="text-right">{money(partner.budgetTotal)}</Td>
                  <Td className="text-right">{money(partner.spendTotal)}</Td>
                  <Td>
                    <SpendFlagText flag={partner.flag} />
                  </Td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="font-semibold">
                <Td>{t("total")}</Td>
                {periodTotals.map((total) => (
                  <Td key={total.period.id} className="text-right whitespace-nowrap">
                    {money(total.budget)} / {money(total.spend)}
                  </Td>
                ))}
                <Td className="text-right">{money(budget.budgetTotal)}</Td>
                <Td className="text-right">{money(budget.spendTotal)}</Td>
                <Td />
              </tr>
            </tfoot>
          </Table>
        )}
      </Card>

      <Card aria-labelledby="categories-heading">
        <CardTitle id="categories-heading">{t("byCategory")}</CardTitle>
        <Table caption={t("byCategoryCaption")}>
          <thead>
            <tr>
              <Th>{t("partner")}</Th>
              {categories.map((category) => (
                <Th key={category} className="text-right">
                  {labels(`costCategory.${category}`)}
                </Th>
              ))}
            </tr>
          </thead>
          <tbody>
            {partners.map((partner) => (
              <tr key={partner.id}>
                <Td>
                  PP{partner.partnerNumber} {partner.name}
                </Td>
                {categories.map((category) => (
                  <Td key={category} className="text-right">
                    {money(partner.byCategory(category))}
                  </Td>
                ))}
              </tr>
            ))}
          </tbody>
        </Table>
        {canEdit ? (
          <details className="mt-4">
            <summary className="cursor-pointer text-sm font-medium">{t("editLines")}</summary>
            <ul className="mt-2 grid gap-1 text-sm sm:grid-cols-2">
              {partners.flatMap((partner) =>
                partner.lines.map((line) => {
                  const period = periods.find((candidate) => candidate.id === line.periodId);
                  return (
                    <li key={line.id}>
                      <Link
                        href={`/projects/${project.id}/budget/lines/${line.id}/edit`}
                        className="text-brand-600 underline"
                      >
                        PP{partner.partnerNumber} · P{period?.number} · {labels(`costCategory.${line.category}`)}:{" "}
                        {money(line.amount)}
                      </Link>
                    </li>
                  );
                }),
              )}
            </ul>
          </details>
        ) : null}
      </Card>

      {access.canReadAllFunding ? (
        <Card aria-labelledby="payments-heading">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <CardTitle id="payments-heading">{t("payments")}</CardTitle>
            <div className="flex gap-2">
              {canEdit ? (
                <Button asChild variant="secondary">
                  <Link href={`/projects/${project.id}/budget/payments/new`}>{t("addPayment")}</Link>
                </Button>
              ) : null}
              <Button asChild variant="secondary">
                <a href={`/projects/${project.id}/export?data=payments`} download>
                  {t("exportPayments")}
                </a>
              </Button>
            </div>
          </div>
          {budget.payments.length === 0 ? (
            <EmptyState title={t("noPayments")} />
          ) : (
            <Table caption={t("payments")}>
              <thead>
                <tr>
                  <Th>{t("kind")}</Th>
                  <Th>{t("period")}</Th>
                  <Th>{t("planned")}</Th>
                  <Th className="text-right">{t("plannedAmount")}</Th>
                  <Th>{t("received")}</Th>
                  <Th className="text-right">{t("receivedAmount")}</Th>
                  {canEdit ? <Th className="no-print">{t("actions")}</Th> : null}
                </tr>
              </thead>
              <tbody>
                {budget.payments.map((payment) => (
                  <tr key={payment.id}>
                    <Td>{labels(`paymentKind.${payment.kind}`)}</Td>
                    <Td>{payment.period ? `P${payment.period.number}` : "—"}</Td>
                    <Td>{display.date(payment.plannedDate)}</Td>
                    <Td className="text-right">{money(payment.plannedAmount)}</Td>
                    <Td>{payment.receivedDate ? display.date(payment.receivedDate) : t("notYet")}</Td>
                    <Td className="text-right">{payment.receivedAmount ? money(payment.receivedAmount) : "—"}</Td>
                    {canEdit ? (
                      <Td className="no-print">
                        <div className="flex gap-2">
                          <Button asChild variant="secondary">
                            <Link
                              href={`/projects/${project.id}/budget/payments/${payment.id}/edit`}
                              aria-label={t("editPayment", {
                                kind: labels(`paymentKind.${payment.kind}`).toLowerCase(),
                                date: display.date(payment.plannedDate),
                              })}
                            >
                              {common("edit")}
                            </Link>
                          </Button>
                          {payment.receivedDate ? null : (
                            <ConfirmActionButton
                              label={common("delete")}
                              title={t("deletePaymentTitle")}
                              description={t("deletePaymentDescription")}
                              confirmLabel={common("delete")}
                              action={deletePaymentAction.bind(null, { projectId: project.id, id: payment.id })}
                              notice="removed"
                            />
                          )}
                        </div>
                      </Td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </Card>
      ) : null}
    </div>
  );
}
