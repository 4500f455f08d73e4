import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BudgetLineForm } from "@/components/budget/budget-forms";
import { loadBudgetFormPage } from "@/lib/pages/budget-page";
import { BudgetFormPage } from "../../_components/budget-form-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Pages"))("newBudgetLine") };
}

export default async function NewBudgetLinePage({ params }: { params: Promise<{ projectId: string }> }) {
  const t = await getTranslations("Pages");
  const { project, options } = await loadBudgetFormPage(params);
  return (
    <BudgetFormPage project={project} title={t("newBudgetLineOf", { acronym: project.acronym })}>
      <BudgetLineForm
        options={options}
        line={{ projectId: project.id, partnerId: "", periodId: "", category: "", amount: "" }}
      />
    </BudgetFormPage>
  );
}
