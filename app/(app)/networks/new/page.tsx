import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { NetworkForm } from "@/components/network/network-form";
import { FUNDING_MANAGERS } from "@/lib/access/permissions";
import { requireUserWithRole } from "@/lib/auth/session";
import { findOrganisationOptions } from "@/lib/dal/organisations";
import { organisationOptions } from "@/lib/format/options";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Networks"))("new") };
}

export default async function NewNetworkPage() {
  await requireUserWithRole(FUNDING_MANAGERS);
  const [t, organisations] = await Promise.all([getTranslations("Networks"), findOrganisationOptions()]);
  return (
    <div className="space-y-6">
      <PageHeader crumbs={[{ href: "/networks", section: "networks" }]} title={t("new")} />
      <NetworkForm organisations={organisationOptions(organisations)} />
    </div>
  );
}
