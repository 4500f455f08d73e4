import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { PageHeader, projectCrumbs } from "@/components/layout/page-header";
import { Button } from "@/components/ui/button";
import { requireUser } from "@/lib/auth/session";
import { getProjectBudget } from "@/lib/dal/budget";
import { orNotFound } from "@/lib/pages/or-not-found";
import { BudgetTotals } from "./_components/budget-totals";
import { CategoriesSection } from "./_components/categories-section";
import { PartnerPeriodsSection } from "./_components/partner-periods-section";
import { PaymentsSection } from "./_components/payments-section";
import { SpendSection } from "./_components/spend-section";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Budget"))("title") };
}

export default async function BudgetPage({ params }: { params: Promise<{ projectId: string }> }) {
  const t = await getTranslations("Budget");
  const user = await requireUser();
  const budget = await orNotFound(getProjectBudget(user, (await params).projectId));
  const { project, access, permissions } = budget;

  return (
    <div className="space-y-6">
      <PageHeader
        crumbs={projectCrumbs(project)}
        title={t("heading", { acronym: project.acronym })}
        subtitle={access.canReadAllFunding ? undefined : t("ownOnly")}
        actions={
          <>
            {permissions.canEdit ? (
              <>
                <Button asChild>
                  <Link href={`/projects/${project.id}/budget/lines/new`}>{t("addLine")}</Link>
                </Button>
                <Button asChild variant="secondary">
                  <Link href={`/projects/${project.id}/budget/lines`}>{t("editLines")}</Link>
                </Button>
              </>
            ) : null}
            <Button asChild variant="secondary">
              <a href={`/projects/${project.id}/export?data=budget`} download>
                {t("exportBudget")}
              </a>
            </Button>
            <Button asChild variant="secondary">
              <a href={`/projects/${project.id}/export?data=budget&format=xlsx`} download>
                {t("exportBudgetXlsx")}
              </a>
            </Button>
          </>
        }
      />
      <BudgetTotals budget={budget} />
      <SpendSection budget={budget} />
      <PartnerPeriodsSection budget={budget} />
      <CategoriesSection budget={budget} />
      {access.canReadAllFunding ? <PaymentsSection budget={budget} /> : null}
    </div>
  );
}
