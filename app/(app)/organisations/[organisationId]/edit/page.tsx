import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { OrganisationForm } from "@/components/organisation/organisation-form";
import { requireUserWithRole } from "@/lib/auth/session";
import { FUNDING_MANAGERS } from "@/lib/access/permissions";
import { getOrganisationForEdit } from "@/lib/dal/organisations";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Pages"))("editOrganisation") };
}

export default async function EditOrganisationPage({ params }: { params: Promise<{ organisationId: string }> }) {
  const t = await getTranslations("Pages");
  const user = await requireUserWithRole(FUNDING_MANAGERS);
  const organisation = await getOrganisationForEdit(user, (await params).organisationId);
  if (!organisation) notFound();
  return (
    <div className="space-y-6">
      <PageHeader
        crumbs={[
          { href: "/organisations", section: "organisations" },
          { href: `/organisations/${organisation.id}`, label: organisation.shortName ?? organisation.name },
        ]}
        title={t("editNamed", { name: organisation.name })}
      />
      <OrganisationForm
        organisation={{
          ...organisation,
          shortName: organisation.shortName ?? "",
          city: organisation.city ?? "",
          vatNumber: organisation.vatNumber ?? "",
          pic: organisation.pic ?? "",
          website: organisation.website ?? "",
          confirmNotDuplicate: false,
        }}
      />
    </div>
  );
}
