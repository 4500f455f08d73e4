import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { MembershipForm } from "@/components/network/membership-form";
import { FUNDING_MANAGERS } from "@/lib/access/permissions";
import { requireUserWithRole } from "@/lib/auth/session";
import { getMembershipForEdit } from "@/lib/dal/networks";
import { findOrganisationOptions } from "@/lib/dal/organisations";
import { organisationOptions } from "@/lib/format/options";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Networks"))("addMember") };
}

export default async function NewMembershipPage({ params }: { params: Promise<{ networkId: string }> }) {
  const user = await requireUserWithRole(FUNDING_MANAGERS);
  const [found, organisations, t] = await Promise.all([
    getMembershipForEdit(user, (await params).networkId),
    findOrganisationOptions(),
    getTranslations("Networks"),
  ]);
  if (!found) notFound();
  const { network } = found;
  return (
    <div className="space-y-6">
      <PageHeader
        crumbs={[
          { href: "/networks", section: "networks" },
          { href: `/networks/${network.id}`, label: network.name },
        ]}
        title={t("addMemberTo", { name: network.name })}
      />
      <MembershipForm
        membership={{ networkId: network.id, organisationId: "", joinedOn: "", status: "ACTIVE", leftOn: "" }}
        organisations={organisationOptions(organisations)}
      />
    </div>
  );
}
