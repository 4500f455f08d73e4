import { getTranslations } from "next-intl/server";
import type { Conversion } from "@/lib/finance/conversion";
import type { MessageValues } from "@/lib/i18n/message";
import { getDisplay } from "@/lib/i18n/display";

/**
 * The rate an item was converted with, as a partner and the lead check it: "1 EUR = 4.977600 RON, December 2026",
 * the period's months for an average, and "provisional" while the report is with the partner.
 */
export async function RateText({
  item,
  projectCurrency,
}: {
  item: {
    currency: string;
    isProvisional: boolean;
    conversion: Conversion | { missing: MessageValues } | null;
  };
  projectCurrency: string;
}) {
  const [t, display] = await Promise.all([getTranslations("Expenditure"), getDisplay()]);
  if (item.currency === projectCurrency) return <span className="text-slate-600">{t("sameCurrency")}</span>;
  if (!item.conversion) return null;
  if ("missing" in item.conversion)
    return (
      <span>
        {t("noRate", {
          currency: String(item.conversion.missing.currency),
          month: String(item.conversion.missing.month),
        })}
      </span>
    );
  const { rate, rateMonth, isAverage } = item.conversion;
  return (
    <span className="whitespace-nowrap">
      {t("rateValue", { from: projectCurrency, rate: rate.toFixed(6), to: item.currency })}
      <span className="block text-xs text-slate-600">
        {isAverage ? t("rateAverage", { month: display.monthYear(rateMonth) }) : display.monthYear(rateMonth)}
        {item.isProvisional ? ` · ${t("provisional")}` : null}
      </span>
    </span>
  );
}
