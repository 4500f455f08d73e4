import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { CompetenceProfileForm } from "@/components/organisation/competence-profile-form";
import { requireUser } from "@/lib/auth/session";
import { findCompetences, getCompetenceProfileForEdit } from "@/lib/dal/competences";
import { competenceOptions } from "@/lib/format/competences";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Organisation"))("editProfile") };
}

/** An organisation's competence profile: its own people and the managers edit it (the data layer refuses others). */
export default async function CompetenceProfilePage({ params }: { params: Promise<{ organisationId: string }> }) {
  const user = await requireUser();
  const [organisation, competences, t, locale] = await Promise.all([
    getCompetenceProfileForEdit(user, (await params).organisationId),
    findCompetences(),
    getTranslations("Organisation"),
    getLocale(),
  ]);
  if (!organisation) notFound();
  return (
    <div className="space-y-6">
      <PageHeader
        crumbs={[
          { href: "/organisations", section: "organisations" },
          { href: `/organisations/${organisation.id}`, label: organisation.name },
        ]}
        title={t("profileOf", { name: organisation.name })}
        subtitle={t("profileIntro")}
      />
      <CompetenceProfileForm
        competences={competenceOptions(competences, locale)}
        profile={{
          organisationId: organisation.id,
          competenceIds: organisation.competences.map((competence) => competence.competenceId),
          staffSize: organisation.staffSize ?? "",
          sectors: organisation.sectors ?? "",
          markets: organisation.markets ?? "",
          offer: organisation.offer ?? "",
        }}
      />
    </div>
  );
}
