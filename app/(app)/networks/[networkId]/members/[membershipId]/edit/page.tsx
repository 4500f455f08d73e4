import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { PageHeader } from "@/components/layout/page-header";
import { MembershipForm } from "@/components/network/membership-form";
import { removeNetworkMembershipAction } from "@/lib/actions/networks";
import { FUNDING_MANAGERS } from "@/lib/access/permissions";
import { requireUserWithRole } from "@/lib/auth/session";
import { getMembershipForEdit } from "@/lib/dal/networks";
import { findOrganisationOptions } from "@/lib/dal/organisations";
import { organisationOptions } from "@/lib/format/options";
import { toDateInput } from "@/lib/validation/common";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Networks"))("editMember") };
}

type EditMembershipPageProps = { params: Promise<{ networkId: string; membershipId: string }> };

export default async function EditMembershipPage({ params }: EditMembershipPageProps) {
  const user = await requireUserWithRole(FUNDING_MANAGERS);
  const { networkId, membershipId } = await params;
  const [found, organisations, t, common] = await Promise.all([
    getMembershipForEdit(user, networkId, membershipId),
    findOrganisationOptions(),
    getTranslations("Networks"),
    getTranslations("Common"),
  ]);
  if (!found?.membership) notFound();
  const { network, membership } = found;
  return (
    <div className="space-y-6">
      <PageHeader
        crumbs={[
          { href: "/networks", section: "networks" },
          { href: `/networks/${network.id}`, label: network.name },
        ]}
        title={t("membershipOf", { name: membership.organisation.name })}
        actions={
          <ConfirmActionButton
            label={t("removeMember")}
            title={t("removeMemberTitle", { name: membership.organisation.name })}
            description={t("removeMemberDescription")}
            confirmLabel={common("remove")}
            action={removeNetworkMembershipAction.bind(null, { id: membership.id })}
            redirectTo={`/networks/${network.id}`}
            notice="removed"
          />
        }
      />
      <MembershipForm
        membership={{
          id: membership.id,
          networkId: network.id,
          organisationId: membership.organisationId,
          joinedOn: toDateInput(membership.joinedOn),
          status: membership.status,
          leftOn: toDateInput(membership.leftOn),
        }}
        organisations={organisationOptions(organisations)}
      />
    </div>
  );
}
