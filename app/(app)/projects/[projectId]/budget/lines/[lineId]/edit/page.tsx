import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BudgetLineForm } from "@/components/budget/budget-forms";
import { getBudgetLineForEdit } from "@/lib/dal/budget";
import { loadBudgetFormPage } from "@/lib/pages/budget-page";
import { BudgetFormPage } from "../../../_components/budget-form-page";
import { orNotFound } from "@/lib/pages/or-not-found";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Pages"))("editBudgetLine") };
}

export default async function EditBudgetLinePage({
  params,
}: {
  params: Promise<{ projectId: string; lineId: string }>;
}) {
  const t = await getTranslations("Pages");
  const { user, project, options } = await loadBudgetFormPage(params);
  const line = await orNotFound(getBudgetLineForEdit(user, project.id, (await params).lineId));
  return (
    <BudgetFormPage project={project} title={t("editBudgetLineOf", { acronym: project.acronym })}>
      <BudgetLineForm options={options} line={{ ...line, projectId: project.id, amount: line.amount.toFixed(2) }} />
    </BudgetFormPage>
  );
}
