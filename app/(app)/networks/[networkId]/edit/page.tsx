import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { NetworkForm } from "@/components/network/network-form";
import { FUNDING_MANAGERS } from "@/lib/access/permissions";
import { requireUserWithRole } from "@/lib/auth/session";
import { getNetworkForEdit } from "@/lib/dal/networks";
import { findOrganisationOptions } from "@/lib/dal/organisations";
import { organisationOptions } from "@/lib/format/options";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Networks"))("edit") };
}

export default async function EditNetworkPage({ params }: { params: Promise<{ networkId: string }> }) {
  const user = await requireUserWithRole(FUNDING_MANAGERS);
  const [network, organisations, pages] = await Promise.all([
    getNetworkForEdit(user, (await params).networkId),
    findOrganisationOptions(),
    getTranslations("Pages"),
  ]);
  if (!network) notFound();
  return (
    <div className="space-y-6">
      <PageHeader
        crumbs={[
          { href: "/networks", section: "networks" },
          { href: `/networks/${network.id}`, label: network.name },
        ]}
        title={pages("editNamed", { name: network.name })}
      />
      <NetworkForm
        network={{
          ...network,
          description: network.description ?? "",
          coordinatorOrganisationId: network.coordinatorOrganisationId ?? "",
        }}
        organisations={organisationOptions(organisations)}
      />
    </div>
  );
}
