import { getTranslations } from "next-intl/server";
import { BudgetLineLinks } from "@/components/budget/budget-line-links";
import { Card, CardTitle } from "@/components/ui/card";
import { RecordTable } from "@/components/ui/record-table";
import { getDisplay } from "@/lib/i18n/display";
import { moneyOf, type ProjectBudget } from "./budget-data";

/** Each partner's budget per cost category, and for editors a link to every single line. */
export async function CategoriesSection({ budget }: { budget: ProjectBudget }) {
  const [t, labels, display] = await Promise.all([getTranslations("Budget"), getTranslations("Labels"), getDisplay()]);
  const { project, partners, categories, permissions } = budget;
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
      {permissions.canEdit ? (
        <details className="mt-4">
          <summary className="cursor-pointer text-sm font-medium max-sm:py-3">{t("editLines")}</summary>
          <BudgetLineLinks
            projectId={project.id}
            lines={partners.flatMap((partner) =>
              partner.lines.map((line) => ({
                id: line.id,
                label: `PP${partner.partnerNumber} · P${line.periodNumber} · ${labels(`costCategory.${line.category}`)}: ${money(line.amount)}`,
              })),
            )}
          />
        </details>
      ) : null}
    </Card>
  );
}
