import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CordisImportForm } from "@/components/import/cordis-import-form";
import { PageHeader } from "@/components/layout/page-header";
import { requireUserWithRole } from "@/lib/auth/session";
import { FUNDING_MANAGERS } from "@/lib/access/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Import"))("pageTitle") };
}

export default async function CordisImportPage() {
  await requireUserWithRole(FUNDING_MANAGERS);
  const t = await getTranslations("Import");
  return (
    <div className="space-y-6">
      <PageHeader
        crumbs={[{ href: "/projects", section: "projects" }]}
        title={t("pageTitle")}
        subtitle={t("subtitle")}
      />
      <CordisImportForm />
    </div>
  );
}
