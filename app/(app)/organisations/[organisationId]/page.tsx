import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { PageHeader } from "@/components/layout/page-header";
import { ProjectStatusBadge } from "@/components/project/status-badges";
import { Button } from "@/components/ui/button";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { DescriptionItem } from "@/components/ui/description-item";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import { archiveOrganisationAction } from "@/lib/actions/organisation";
import { requireUser } from "@/lib/auth/session";
import { FUNDING_MANAGERS } from "@/lib/dal/guards";
import { getOrganisationDetail } from "@/lib/dal/organisations";
import { countryName } from "@/lib/format/display";
import { ORGANISATION_TYPE_LABELS, PARTNER_ROLE_LABELS } from "@/lib/format/labels";

export const metadata: Metadata = { title: "Organisation" };

type OrganisationPageProps = { params: Promise<{ organisationId: string }> };

export default async function OrganisationPage({ params }: OrganisationPageProps) {
  const user = await requireUser();
  const { organisationId } = await params;
  const organisation = await getOrganisationDetail(user, organisationId);
  if (!organisation) notFound();
  const networks = [
    ...organisation.coordinatedNetworks.map((network) => ({ ...network, isCoordinator: true })),
    ...organisation.networkMemberships
      .map((membership) => ({ ...membership.network, isCoordinator: false }))
      .filter((network) => !organisation.coordinatedNetworks.some((coordinated) => coordinated.id === network.id)),
  ];

  return (
    <div className="space-y-6">
      <PageHeader
        crumbs={[{ href: "/organisations", label: "Organisations" }]}
        title={organisation.name}
        subtitle={organisation.isDemo ? <Badge>Demo organisation: invented for the demonstration data</Badge> : null}
        actions={
          FUNDING_MANAGERS.includes(user.role) ? (
            <>
              <Button asChild variant="secondary">
                <Link href={`/organisations/${organisation.id}/edit`}>Edit organisation</Link>
              </Button>
              <ConfirmActionButton
                label="Archive organisation"
                title={`Archive ${organisation.name}?`}
                description="The organisation disappears from the directory; its history is kept. An organisation that is a partner in a project cannot be archived."
                confirmLabel="Archive"
                action={archiveOrganisationAction.bind(null, { id: organisation.id })}
                redirectTo="/organisations"
                notice="archived"
              />
            </>
          ) : null
        }
      />
      <Card aria-labelledby="details-heading">
        <CardTitle id="details-heading">Details</CardTitle>
        <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-3">
          <DescriptionItem label="Country">{countryName(organisation.country)}</DescriptionItem>
          <DescriptionItem label="City">{organisation.city ?? "—"}</DescriptionItem>
          <DescriptionItem label="Type">{ORGANISATION_TYPE_LABELS[organisation.type]}</DescriptionItem>
          <DescriptionItem label="VAT number">{organisation.vatNumber ?? "—"}</DescriptionItem>
          <DescriptionItem label="PIC">{organisation.pic ?? "—"}</DescriptionItem>
          <DescriptionItem label="Website">{organisation.website ?? "—"}</DescriptionItem>
          <DescriptionItem label="Networks">
            {networks.length === 0
              ? "—"
              : networks.map((network) => `${network.name}${network.isCoordinator ? " (coordinator)" : ""}`).join(", ")}
          </DescriptionItem>
        </dl>
      </Card>
      <Card aria-labelledby="participation-heading">
        <CardTitle id="participation-heading">Projects</CardTitle>
        {organisation.partnerships.length === 0 ? (
          <EmptyState title="No projects you can see">This organisation takes part in no project visible to you.</EmptyState>
        ) : (
          <Table caption="Projects of this organisation">
            <thead>
              <tr>
                <Th>Project</Th>
                <Th>Programme</Th>
                <Th>Role</Th>
                <Th>Status</Th>
              </tr>
            </thead>
            <tbody>
              {organisation.partnerships.map(({ project, role }) => (
                <tr key={project.id}>
                  <Td>
                    <Link href={`/projects/${project.id}`} className="font-medium text-brand-600 underline">
                      {project.acronym}
                    </Link>{" "}
                    <span className="text-slate-600">{project.title}</span>
                  </Td>
                  <Td>{project.programme.name}</Td>
                  <Td>{PARTNER_ROLE_LABELS[role]}</Td>
                  <Td>
                    <ProjectStatusBadge status={project.status} />
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </div>
  );
}
