import { TrendingDown, TrendingUp } from "lucide-react";
import type { SpendFlag } from "@/lib/dal/budget";
import { useTranslations } from "next-intl";

/** Under- or over-spending, said in words with an icon. */
export function SpendFlagText({ flag }: { flag: SpendFlag }) {
  const t = useTranslations("Budget");
  if (!flag) return <span className="text-slate-600">{t("onTrack")}</span>;
  const isUnder = flag === "UNDER";
  const Icon = isUnder ? TrendingDown : TrendingUp;
  return (
    <span className={`inline-flex items-center gap-1 font-semibold ${isUnder ? "text-amber-800" : "text-red-700"}`}>
      <Icon aria-hidden="true" className="size-4" />
      {isUnder ? t("under") : t("over")}
    </span>
  );
}
