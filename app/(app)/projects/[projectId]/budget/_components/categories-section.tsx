import { getTranslations } from "next-intl/server";
import { Card, CardTitle } from "@/components/ui/card";
import { RecordTable } from "@/components/ui/record-table";
import { getDisplay } from "@/lib/i18n/display";
import { moneyOf, type ProjectBudget } from "./budget-data";

/** Each partner's budget per cost category. */
export async function CategoriesSection({ budget }: { budget: ProjectBudget }) {
  const [t, labels, display] = await Promise.all([getTranslations("Budget"), getTranslations("Labels"), getDisplay()]);
  const { project, partners, categories } = budget;
  const money = moneyOf(display, project.currency);
  return (
    <Card aria-labelledby="categories-heading">
      <CardTitle id="categories-heading">{t("byCategory")}</CardTitle>
      <RecordTable
        caption={t("byCategoryCaption")}
        rows={partners}
        columns={[
          { header: t("partner"), cell: (partner) => `PP${partner.partnerNumber} ${partner.name}` },
          ...categories.map((category) => ({
            header: labels(`costCategory.${category}`),
            className: "text-right",
            cell: (partner: ProjectBudget["partners"][number]) => money(partner.byCategory(category)),
          })),
        ]}
      />
    </Card>
  );
}
