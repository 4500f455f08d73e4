import { getTranslations } from "next-intl/server";
import { Card, CardTitle } from "@/components/ui/card";
import { DescriptionItem } from "@/components/ui/description-item";
import { getDisplay } from "@/lib/i18n/display";
import { moneyOf, type ProjectBudget } from "./budget-data";

export async function BudgetTotals({ budget }: { budget: ProjectBudget }) {
  const [t, display] = await Promise.all([getTranslations("Budget"), getDisplay()]);
  const { project, access } = budget;
  const money = moneyOf(display, project.currency);
  return (
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
        <DescriptionItem label={t("declaredSpend")}>{money(budget.declaredTotal)}</DescriptionItem>
        <DescriptionItem label={t("acceptedSpend")}>{money(budget.acceptedTotal)}</DescriptionItem>
        {access.canReadAllFunding ? (
          <DescriptionItem label={t("paymentsReceivedPlanned")}>
            {money(budget.paymentsReceived)} / {money(budget.paymentsPlanned)}
          </DescriptionItem>
        ) : null}
      </dl>
    </Card>
  );
}
