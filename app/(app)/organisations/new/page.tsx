import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { OrganisationForm } from "@/components/organisation/organisation-form";
import { requireUserWithRole } from "@/lib/auth/session";
import { FUNDING_MANAGERS } from "@/lib/dal/guards";

export const metadata: Metadata = { title: "New organisation" };

export default async function NewOrganisationPage() {
  await requireUserWithRole(FUNDING_MANAGERS);
  return (
    <div className="space-y-6">
      <PageHeader crumbs={[{ href: "/organisations", label: "Organisations" }]} title="New organisation" />
      <OrganisationForm />
    </div>
  );
}
