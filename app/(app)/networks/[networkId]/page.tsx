import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { PageHeader } from "@/components/layout/page-header";
import { LinkProjectForm } from "@/components/network/link-project-form";
import { ProjectLink } from "@/components/project/project-link";
import { ProjectStatusBadge } from "@/components/project/status-badges";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { RecordTable } from "@/components/ui/record-table";
import { deleteNetworkAction, unlinkNetworkProjectAction } from "@/lib/actions/networks";
import { FUNDING_MANAGERS } from "@/lib/access/permissions";
import { requireUser } from "@/lib/auth/session";
import { findLinkableProjects, getNetworkDetail } from "@/lib/dal/networks";
import { getDisplay } from "@/lib/i18n/display";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Networks"))("network") };
}

type NetworkPageProps = { params: Promise<{ networkId: string }> };

export default async function NetworkPage({ params }: NetworkPageProps) {
  const user = await requireUser();
  const { networkId } = await params;
  const [network, t, common, labels, display] = await Promise.all([
    getNetworkDetail(user, networkId),
    getTranslations("Networks"),
    getTranslations("Common"),
    getTranslations("Labels"),
    getDisplay(),
  ]);
  if (!network) notFound();
  const manages = FUNDING_MANAGERS.includes(user.role);
  const linkable = manages ? await findLinkableProjects(user, network.id) : [];
  const active = network.members.filter((member) => member.status === "ACTIVE");
  const former = network.members.filter((member) => member.status === "LEFT");
  const byCountry = new Map<string, typeof active>();
  for (const member of active) {
    byCountry.set(member.organisation.country, [...(byCountry.get(member.organisation.country) ?? []), member]);
  }
  const editLink = (member: (typeof active)[number]) =>
    manages ? (
      <>
        {" "}
        <Link
          href={`/networks/${network.id}/members/${member.id}/edit`}
          className="link"
          aria-label={common("editItem", { item: member.organisation.name })}
        >
          {common("edit")}
        </Link>
      </>
    ) : null;
  const countries = [...byCountry.keys()].sort((a, b) => display.country(a).localeCompare(display.country(b)));

  return (
    <div className="space-y-6">
      <PageHeader
        crumbs={[{ href: "/networks", section: "networks" }]}
        title={network.name}
        subtitle={
          <>
            <span className="font-medium">
              {t("membersFromCountries", { members: network.memberCount, countries: network.countryCount })}
            </span>
            {network.coordinatorOrganisation ? (
              <>
                {" · "}
                {t("coordinatedBy")}{" "}
                <Link href={`/organisations/${network.coordinatorOrganisation.id}`} className="underline">
                  {network.coordinatorOrganisation.name}
                </Link>
              </>
            ) : null}
          </>
        }
        actions={
          <>
            <Button asChild variant="secondary">
              <Link href={`/networks/find-partners?network=${network.id}`}>{t("findPartnersHere")}</Link>
            </Button>
            {manages ? (
              <>
                <Button asChild variant="secondary">
                  <Link href={`/networks/${network.id}/edit`}>{t("edit")}</Link>
                </Button>
                <Button asChild>
                  <Link href={`/networks/${network.id}/members/new`}>{t("addMember")}</Link>
                </Button>
                <ConfirmActionButton
                  label={t("delete")}
                  title={t("deleteTitle", { name: network.name })}
                  description={t("deleteDescription")}
                  confirmLabel={common("delete")}
                  action={deleteNetworkAction.bind(null, { id: network.id })}
                  redirectTo="/networks"
                  notice="removed"
                />
              </>
            ) : null}
          </>
        }
      />
      {network.description ? (
        <Card aria-labelledby="about-heading">
          <CardTitle id="about-heading">{t("about")}</CardTitle>
          <p className="whitespace-pre-line text-slate-800">{network.description}</p>
        </Card>
      ) : null}

      <Card aria-labelledby="members-heading">
        <CardTitle id="members-heading">{t("membersByCountry")}</CardTitle>
        {active.length === 0 ? (
          <EmptyState title={t("noMembers")}>{manages ? t("noMembersHint") : null}</EmptyState>
        ) : (
          <div className="grid gap-x-6 gap-y-4 sm:grid-cols-2 lg:grid-cols-3">
            {countries.map((country) => {
              const members = byCountry.get(country) ?? [];
              return (
                <section key={country} aria-labelledby={`country-${country}`}>
                  <h3 id={`country-${country}`} className="font-semibold text-slate-900">
                    {display.country(country)}{" "}
                    <span className="font-normal text-slate-600">({t("memberCount", { count: members.length })})</span>
                  </h3>
                  <ul className="mt-1 space-y-1 text-sm">
                    {members.map((member) => (
                      <li key={member.id}>
                        <Link href={`/organisations/${member.organisation.id}`} className="link">
                          {member.organisation.name}
                        </Link>
                        <span className="text-slate-600">
                          {" · "}
                          {labels(`organisationType.${member.organisation.type}`)}
                          {member.joinedOn ? ` · ${t("joined", { date: display.date(member.joinedOn) })}` : ""}
                        </span>
                        {editLink(member)}
                      </li>
                    ))}
                  </ul>
                </section>
              );
            })}
          </div>
        )}
        {former.length > 0 ? (
          <section aria-labelledby="former-heading" className="mt-4 border-t border-slate-200 pt-3">
            <h3 id="former-heading" className="font-semibold text-slate-900">
              {t("formerMembers")}
            </h3>
            <ul className="mt-1 space-y-1 text-sm">
              {former.map((member) => (
                <li key={member.id}>
                  <Link href={`/organisations/${member.organisation.id}`} className="underline">
                    {member.organisation.name}
                  </Link>{" "}
                  <Badge>
                    {member.leftOn
                      ? t("leftOn", { date: display.date(member.leftOn) })
                      : labels("membershipStatus.LEFT")}
                  </Badge>
                  {editLink(member)}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </Card>

      <Card aria-labelledby="projects-heading">
        <CardTitle id="projects-heading">{t("projects")}</CardTitle>
        <p className="mb-3 text-sm text-slate-600">{t("projectsHint")}</p>
        {network.projects.length === 0 ? (
          <EmptyState title={t("noProjects")} />
        ) : (
          <RecordTable
            caption={t("projectsCaption", { name: network.name })}
            rows={network.projects}
            columns={[
              {
                header: t("project"),
                cell: (project) => (
                  <>
                    <ProjectLink project={project} /> <span className="text-slate-600">{project.title}</span>
                  </>
                ),
              },
              { header: t("programme"), cell: (project) => project.programme.name },
              { header: t("status"), cell: (project) => <ProjectStatusBadge project={project} /> },
              {
                header: t("grant"),
                cell: (project) =>
                  project.grantAmount === null ? (
                    <span className="text-slate-600">{t("grantHidden")}</span>
                  ) : (
                    display.money(project.grantAmount, project.currency)
                  ),
              },
              {
                header: t("why"),
                cell: (project) => (
                  <>
                    {t("memberPartners", { members: project.memberPartnerCount, partners: project.partnerCount })}
                    {project.isLinked ? (
                      <>
                        {" · "}
                        {t("linked")}
                        {manages ? (
                          <>
                            {" "}
                            <ConfirmActionButton
                              label={t("unlink")}
                              title={t("unlinkTitle", { acronym: project.acronym })}
                              description={t("unlinkDescription")}
                              confirmLabel={t("unlink")}
                              action={unlinkNetworkProjectAction.bind(null, {
                                networkId: network.id,
                                projectId: project.id,
                              })}
                              variant="ghost"
                            />
                          </>
                        ) : null}
                      </>
                    ) : null}
                  </>
                ),
              },
            ]}
          />
        )}
        {manages && linkable.length > 0 ? (
          <div className="mt-4 border-t border-slate-200 pt-3">
            <LinkProjectForm
              networkId={network.id}
              projects={linkable.map((project) => ({ value: project.id, label: project.acronym }))}
            />
          </div>
        ) : null}
      </Card>
    </div>
  );
}
