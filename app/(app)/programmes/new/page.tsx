import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { ProgrammeForm } from "@/components/programme/programme-form";
import { requireUserWithRole } from "@/lib/auth/session";
import { FUNDING_MANAGERS } from "@/lib/access/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Pages"))("newProgramme") };
}

export default async function NewProgrammePage() {
  const t = await getTranslations("Pages");
  await requireUserWithRole(FUNDING_MANAGERS);
  return (
    <div className="space-y-6">
      <PageHeader crumbs={[{ href: "/programmes", section: "programmes" }]} title={t("newProgrammeTitle")} />
      <ProgrammeForm />
    </div>
  );
}
