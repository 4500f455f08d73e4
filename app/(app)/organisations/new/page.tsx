import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { OrganisationForm } from "@/components/organisation/organisation-form";
import { requireUserWithRole } from "@/lib/auth/session";
import { FUNDING_MANAGERS } from "@/lib/access/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Pages"))("newOrganisation") };
}

export default async function NewOrganisationPage() {
  const t = await getTranslations("Pages");
  await requireUserWithRole(FUNDING_MANAGERS);
  return (
    <div className="space-y-6">
      <PageHeader crumbs={[{ href: "/organisations", section: "organisations" }]} title={t("newOrganisation")} />
      <OrganisationForm />
    </div>
  );
}
