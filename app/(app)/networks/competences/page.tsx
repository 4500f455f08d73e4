import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { PageHeader } from "@/components/layout/page-header";
import { CompetenceForm } from "@/components/network/competence-form";
import { Card, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { RecordTable } from "@/components/ui/record-table";
import { deleteCompetenceAction } from "@/lib/actions/competences";
import { FUNDING_MANAGERS } from "@/lib/access/permissions";
import { requireUser } from "@/lib/auth/session";
import { findCompetences } from "@/lib/dal/competences";
import { competenceName } from "@/lib/format/competences";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Competences"))("title") };
}

/** The shared vocabulary organisation profiles choose from; the managers keep it. */
export default async function CompetencesPage() {
  const user = await requireUser();
  const [competences, t, common, locale] = await Promise.all([
    findCompetences(),
    getTranslations("Competences"),
    getTranslations("Common"),
    getLocale(),
  ]);
  const manages = FUNDING_MANAGERS.includes(user.role);
  const nameOf = (competence: { nameEn: string; nameRo: string }) => competenceName(competence, locale);
  return (
    <div className="space-y-6">
      <PageHeader crumbs={[{ href: "/networks", section: "networks" }]} title={t("title")} subtitle={t("intro")} />
      {competences.length === 0 ? (
        <EmptyState title={t("none")} />
      ) : (
        <div className="rounded-lg border border-slate-200 bg-white">
          <RecordTable
            caption={t("title")}
            rows={[...competences].sort((a, b) => nameOf(a).localeCompare(nameOf(b), locale))}
            columns={[
              {
                header: t("name"),
                cell: (competence) => (
                  <Link href={`/networks/find-partners?competence=${competence.id}`} className="font-medium link">
                    {nameOf(competence)}
                  </Link>
                ),
              },
              { header: t("nameEn"), cell: (competence) => competence.nameEn },
              { header: t("nameRo"), cell: (competence) => competence.nameRo },
              {
                header: t("organisations"),
                cell: (competence) => t("organisationCount", { count: competence.organisationCount }),
              },
              ...(manages
                ? [
                    {
                      header: t("actions"),
                      cell: (competence: (typeof competences)[number]) => (
                        <div className="flex flex-wrap items-center gap-2">
                          <Link
                            href={`/networks/competences/${competence.id}/edit`}
                            className="link"
                            aria-label={common("editItem", { item: nameOf(competence) })}
                          >
                            {common("edit")}
                          </Link>
                          <ConfirmActionButton
                            label={common("delete")}
                            title={common("confirmItem", { action: common("delete"), item: nameOf(competence) })}
                            description={t("deleteDescription", { count: competence.organisationCount })}
                            confirmLabel={common("delete")}
                            action={deleteCompetenceAction.bind(null, { id: competence.id })}
                            variant="ghost"
                          />
                        </div>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </div>
      )}
      {manages ? (
        <Card aria-labelledby="add-competence-heading">
          <CardTitle id="add-competence-heading">{t("add")}</CardTitle>
          <CompetenceForm />
        </Card>
      ) : null}
    </div>
  );
}
