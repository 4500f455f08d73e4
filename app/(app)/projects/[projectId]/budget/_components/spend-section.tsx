import { getTranslations } from "next-intl/server";
import { SpendChart } from "@/components/budget/spend-chart";
import { ChartWithTable } from "@/components/ui/chart";
import { SpendFlagText } from "@/components/budget/spend-flag";
import { Card, CardTitle } from "@/components/ui/card";
import { RecordTable } from "@/components/ui/record-table";
import { SPEND_WARNING } from "@/lib/dal/budget";
import { getDisplay } from "@/lib/i18n/display";
import { moneyOf, type ProjectBudget } from "./budget-data";

/** Budget against reported spend: the flags in words, the cumulative chart, and the totals per period. */
export async function SpendSection({ budget }: { budget: ProjectBudget }) {
  const [t, display] = await Promise.all([getTranslations("Budget"), getDisplay()]);
  const { project, partners, periodTotals } = budget;
  const money = moneyOf(display, project.currency);
  const flagged = partners.filter((partner) => partner.flag);
  return (
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
                share: display.percent(partner.spendShare),
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
      <ChartWithTable
        chart={
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
        }
        table={
          <RecordTable
            caption={t("byPeriodCaption")}
            rows={periodTotals.map((total) => ({ ...total, id: total.period.id }))}
            columns={[
              {
                header: t("period"),
                cell: ({ period }) =>
                  `P${period.number} (M${period.startMonth}–M${period.endMonth})${period.hasEnded ? "" : `, ${t("notEnded")}`}`,
              },
              { header: t("budget"), className: "text-right", cell: (total) => money(total.budget) },
              { header: t("spend"), className: "text-right", cell: (total) => money(total.spend) },
              { header: t("budgetSoFar"), className: "text-right", cell: (total) => money(total.cumulativeBudget) },
              { header: t("spendSoFar"), className: "text-right", cell: (total) => money(total.cumulativeSpend) },
              {
                header: t("flag"),
                cell: (total) => (total.period.hasEnded ? <SpendFlagText flag={total.flag} /> : "—"),
              },
            ]}
          />
        }
      />
    </Card>
  );
}
