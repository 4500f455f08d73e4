import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { CompetenceForm } from "@/components/network/competence-form";
import { FUNDING_MANAGERS } from "@/lib/access/permissions";
import { requireUserWithRole } from "@/lib/auth/session";
import { getCompetenceForEdit } from "@/lib/dal/competences";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Competences"))("edit") };
}

export default async function EditCompetencePage({ params }: { params: Promise<{ competenceId: string }> }) {
  const user = await requireUserWithRole(FUNDING_MANAGERS);
  const [competence, t, pages] = await Promise.all([
    getCompetenceForEdit(user, (await params).competenceId),
    getTranslations("Competences"),
    getTranslations("Pages"),
  ]);
  if (!competence) notFound();
  return (
    <div className="space-y-6">
      <PageHeader
        crumbs={[
          { href: "/networks", section: "networks" },
          { href: "/networks/competences", label: t("title") },
        ]}
        title={pages("editNamed", { name: competence.nameEn })}
      />
      <CompetenceForm competence={competence} />
    </div>
  );
}
