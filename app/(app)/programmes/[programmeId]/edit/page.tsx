import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader, programmeCrumbs } from "@/components/layout/page-header";
import { ProgrammeForm } from "@/components/programme/programme-form";
import { loadProgrammeFormPage } from "@/lib/pages/programme-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Pages"))("editProgramme") };
}

export default async function EditProgrammePage({ params }: { params: Promise<{ programmeId: string }> }) {
  const t = await getTranslations("Pages");
  const { programme } = await loadProgrammeFormPage((await params).programmeId);
  return (
    <div className="space-y-6">
      <PageHeader crumbs={programmeCrumbs(programme)} title={t("editNamed", { name: programme.name })} />
      <ProgrammeForm
        programme={{ ...programme, description: programme.description ?? "", managedBy: programme.managedBy ?? "" }}
      />
    </div>
  );
}
