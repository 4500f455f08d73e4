import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { OrganisationForm } from "@/components/organisation/organisation-form";
import { requireUserWithRole } from "@/lib/auth/session";
import { FUNDING_MANAGERS } from "@/lib/dal/guards";
import { getOrganisationForEdit } from "@/lib/dal/organisations";

export const metadata: Metadata = { title: "Edit organisation" };

export default async function EditOrganisationPage({ params }: { params: Promise<{ organisationId: string }> }) {
  const user = await requireUserWithRole(FUNDING_MANAGERS);
  const organisation = await getOrganisationForEdit(user, (await params).organisationId);
  if (!organisation) notFound();
  return (
    <div className="space-y-6">
      <PageHeader
        crumbs={[
          { href: "/organisations", label: "Organisations" },
          { href: `/organisations/${organisation.id}`, label: organisation.shortName ?? organisation.name },
        ]}
        title={`Edit ${organisation.name}`}
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
