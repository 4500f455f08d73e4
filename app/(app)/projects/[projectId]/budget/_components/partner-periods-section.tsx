import { getTranslations } from "next-intl/server";
import { SpendFlagText } from "@/components/budget/spend-flag";
import { Card, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import { getDisplay } from "@/lib/i18n/display";
import { moneyOf, type ProjectBudget } from "./budget-data";

/** Budget and spend of each partner in each period, with the totals underneath. */
export async function PartnerPeriodsSection({ budget }: { budget: ProjectBudget }) {
  const [t, display] = await Promise.all([getTranslations("Budget"), getDisplay()]);
  const { project, periods, partners, periodTotals } = budget;
  const money = moneyOf(display, project.currency);
  return (
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
  );
}
