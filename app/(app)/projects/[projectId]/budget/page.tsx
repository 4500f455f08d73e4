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
import { deletePaymentAction } from "@/lib/actions/budget";
import { managesProject } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { getProjectBudget, SPEND_WARNING } from "@/lib/dal/budget";
import { formatDate, formatMoney, formatPercent } from "@/lib/format/display";
import { COST_CATEGORY_LABELS, PAYMENT_KIND_LABELS } from "@/lib/format/labels";
import { orNotFound } from "@/lib/pages/or-not-found";

export const metadata: Metadata = { title: "Budget" };

export default async function BudgetPage({ params }: { params: Promise<{ projectId: string }> }) {
  const user = await requireUser();
  const { projectId } = await params;
  const budget = await orNotFound(getProjectBudget(user, projectId));
  const { project, access, periods, partners, periodTotals } = budget;
  const money = (amount: { toFixed(digits: number): string }) => formatMoney(amount.toFixed(2), project.currency);
  const canEdit = managesProject(user, access);
  const categories = Object.values(CostCategory).filter((category) => partners.some((partner) => !partner.byCategory(category).isZero()));
  const flagged = partners.filter((partner) => partner.flag);

  return (
    <div className="space-y-6">
      <PageHeader
        crumbs={projectCrumbs(project)}
        title={`Budget of ${project.acronym}`}
        subtitle={access.canReadAllFunding ? undefined : "You see your own organisation's budget and spend."}
        actions={
          <>
            {canEdit ? (
              <Button asChild>
                <Link href={`/projects/${project.id}/budget/lines/new`}>Add budget line</Link>
              </Button>
            ) : null}
            <Button asChild variant="secondary">
              <a href={`/projects/${project.id}/export?data=budget`} download>
                Export budget (CSV)
              </a>
            </Button>
          </>
        }
      />

      <Card aria-labelledby="totals-heading">
        <CardTitle id="totals-heading">Totals</CardTitle>
        <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-3">
          <DescriptionItem label="Total cost">{money(project.totalCost)}</DescriptionItem>
          <DescriptionItem label="Grant">{money(project.grantAmount)}</DescriptionItem>
          <DescriptionItem label="Co-financing rate">{formatPercent(project.cofinancingRate)}</DescriptionItem>
          <DescriptionItem label={access.canReadAllFunding ? "Budget lines, all partners" : "Your budget lines"}>
            <span data-testid="budget-total">{money(budget.budgetTotal)}</span>
          </DescriptionItem>
          <DescriptionItem label="Reported spend (submitted reports)">{money(budget.spendTotal)}</DescriptionItem>
          {access.canReadAllFunding ? (
            <DescriptionItem label="Payments received / planned">
              {money(budget.paymentsReceived)} / {money(budget.paymentsPlanned)}
            </DescriptionItem>
          ) : null}
        </dl>
      </Card>

      <Card aria-labelledby="spend-heading">
        <CardTitle id="spend-heading">Budget against spend</CardTitle>
        {flagged.length ? (
          <ul className="mb-4 space-y-1 text-sm">
            {flagged.map((partner) => (
              <li key={partner.id}>
                <SpendFlagText flag={partner.flag} />: {partner.name} reported {money(partner.spendSoFar)} against {money(partner.budgetSoFar)} budgeted for the
                periods that have ended ({formatPercent(partner.budgetSoFar.isZero() ? "1" : partner.spendSoFar.dividedBy(partner.budgetSoFar).toFixed(4))}).
              </li>
            ))}
          </ul>
        ) : (
          <p className="mb-4 text-sm text-slate-700">No partner is under- or over-spending.</p>
        )}
        <p className="mb-3 text-xs text-slate-600">
          Flags compare reported spend with the budget of the periods that have ended: under {formatPercent(String(SPEND_WARNING.under))} is under-spending,
          over {formatPercent(String(SPEND_WARNING.over))} over-spending.
        </p>
        <SpendChart
          title={`Cumulative budget and reported spend of ${project.acronym} by period`}
          currency={project.currency}
          points={periodTotals.map((total) => ({
            label: `P${total.period.number}`,
            cumulativeBudget: total.cumulativeBudget,
            cumulativeSpend: total.cumulativeSpend,
            hasEnded: total.period.hasEnded,
          }))}
        />
        <Table caption="Budget and spend by period" className="mt-4">
          <thead>
            <tr>
              <Th>Period</Th>
              <Th className="text-right">Budget</Th>
              <Th className="text-right">Spend</Th>
              <Th className="text-right">Budget so far</Th>
              <Th className="text-right">Spend so far</Th>
              <Th>Flag</Th>
            </tr>
          </thead>
          <tbody>
            {periodTotals.map((total) => (
              <tr key={total.period.id}>
                <Td>
                  P{total.period.number} (M{total.period.startMonth}–M{total.period.endMonth}){total.period.hasEnded ? "" : ", not ended"}
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
        <CardTitle id="partners-budget-heading">By partner and period</CardTitle>
        {partners.length === 0 ? (
          <EmptyState title="No partners" />
        ) : (
          <Table caption="Budget and spend by partner and period">
            <thead>
              <tr>
                <Th>Partner</Th>
                {periods.map((period) => (
                  <Th key={period.id} className="text-right">
                    P{period.number} budget / spend
                  </Th>
                ))}
                <Th className="text-right">Total budget</Th>
                <Th className="text-right">Total spend</Th>
                <Th>Flag</Th>
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
                <Td>Total</Td>
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
        <CardTitle id="categories-heading">By cost category</CardTitle>
        <Table caption="Budget by partner and cost category">
          <thead>
            <tr>
              <Th>Partner</Th>
              {categories.map((category) => (
                <Th key={category} className="text-right">
                  {COST_CATEGORY_LABELS[category]}
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
            <summary className="cursor-pointer text-sm font-medium">Edit budget lines</summary>
            <ul className="mt-2 grid gap-1 text-sm sm:grid-cols-2">
              {partners.flatMap((partner) =>
                partner.lines.map((line) => {
                  const period = periods.find((candidate) => candidate.id === line.periodId);
                  return (
                    <li key={line.id}>
                      <Link href={`/projects/${project.id}/budget/lines/${line.id}/edit`} className="text-brand-600 underline">
                        PP{partner.partnerNumber} · P{period?.number} · {COST_CATEGORY_LABELS[line.category]}: {money(line.amount)}
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
            <CardTitle id="payments-heading">Payments</CardTitle>
            <div className="flex gap-2">
              {canEdit ? (
                <Button asChild variant="secondary">
                  <Link href={`/projects/${project.id}/budget/payments/new`}>Add payment</Link>
                </Button>
              ) : null}
              <Button asChild variant="secondary">
                <a href={`/projects/${project.id}/export?data=payments`} download>
                  Export payments (CSV)
                </a>
              </Button>
            </div>
          </div>
          {budget.payments.length === 0 ? (
            <EmptyState title="No payments planned yet" />
          ) : (
            <Table caption="Payments">
              <thead>
                <tr>
                  <Th>Kind</Th>
                  <Th>Period</Th>
                  <Th>Planned</Th>
                  <Th className="text-right">Planned amount</Th>
                  <Th>Received</Th>
                  <Th className="text-right">Received amount</Th>
                  {canEdit ? <Th className="no-print">Actions</Th> : null}
                </tr>
              </thead>
              <tbody>
                {budget.payments.map((payment) => (
                  <tr key={payment.id}>
                    <Td>{PAYMENT_KIND_LABELS[payment.kind]}</Td>
                    <Td>{payment.period ? `P${payment.period.number}` : "—"}</Td>
                    <Td>{formatDate(payment.plannedDate)}</Td>
                    <Td className="text-right">{money(payment.plannedAmount)}</Td>
                    <Td>{payment.receivedDate ? formatDate(payment.receivedDate) : "Not yet"}</Td>
                    <Td className="text-right">{payment.receivedAmount ? money(payment.receivedAmount) : "—"}</Td>
                    {canEdit ? (
                      <Td className="no-print">
                        <div className="flex gap-2">
                          <Button asChild variant="secondary">
                            <Link href={`/projects/${project.id}/budget/payments/${payment.id}/edit`} aria-label={`Edit the ${PAYMENT_KIND_LABELS[payment.kind].toLowerCase()} planned on ${formatDate(payment.plannedDate)}`}>
                              Edit
                            </Link>
                          </Button>
                          {payment.receivedDate ? null : (
                            <ConfirmActionButton
                              label="Delete"
                              title="Delete this planned payment?"
                              description="Payments that have been received are kept; this one has not been received yet."
                              confirmLabel="Delete"
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
