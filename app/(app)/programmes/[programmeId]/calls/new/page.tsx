import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader, programmeCrumbs } from "@/components/layout/page-header";
import { CallForm } from "@/components/programme/call-form";
import { loadProgrammeFormPage } from "@/lib/pages/programme-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Pages"))("newCall") };
}

export default async function NewCallPage({ params }: { params: Promise<{ programmeId: string }> }) {
  const t = await getTranslations("Pages");
  const { programme } = await loadProgrammeFormPage((await params).programmeId);
  return (
    <div className="space-y-6">
      <PageHeader crumbs={programmeCrumbs(programme)} title={t("newCallOf", { name: programme.name })} />
      <CallForm
        currency={programme.currency}
        call={{ programmeId: programme.id, identifier: "", title: "", opensOn: "", closesOn: "", budget: "" }}
      />
    </div>
  );
}
