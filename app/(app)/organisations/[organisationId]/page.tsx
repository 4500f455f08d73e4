import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { PageHeader } from "@/components/layout/page-header";
import { ProjectStatusBadge } from "@/components/project/status-badges";
import { Button } from "@/components/ui/button";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeading, CardTitle } from "@/components/ui/card";
import { DescriptionItem } from "@/components/ui/description-item";
import { EmptyState } from "@/components/ui/empty-state";
import { ProjectLink } from "@/components/project/project-link";
import { RecordTable } from "@/components/ui/record-table";
import { archiveOrganisationAction } from "@/lib/actions/organisations";
import { requireUser } from "@/lib/auth/session";
import { editsOrganisationProfile, FUNDING_MANAGERS } from "@/lib/access/permissions";
import { getOrganisationDetail } from "@/lib/dal/organisations";
import { getLocale, getTranslations } from "next-intl/server";
import { competenceNames } from "@/lib/format/competences";
import { getDisplay } from "@/lib/i18n/display";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Organisation"))("title") };
}

type OrganisationPageProps = { params: Promise<{ organisationId: string }> };

export default async function OrganisationPage({ params }: OrganisationPageProps) {
  const [t, common, labels, display, locale] = await Promise.all([
    getTranslations("Organisation"),
    getTranslations("Common"),
    getTranslations("Labels"),
    getDisplay(),
    getLocale(),
  ]);
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
        crumbs={[{ href: "/organisations", section: "organisations" }]}
        title={organisation.name}
        subtitle={organisation.isDemo ? <Badge>{t("demo")}</Badge> : null}
        actions={
          FUNDING_MANAGERS.includes(user.role) ? (
            <>
              <Button asChild variant="secondary">
                <Link href={`/organisations/${organisation.id}/edit`}>{t("edit")}</Link>
              </Button>
              <ConfirmActionButton
                label={t("archive")}
                title={t("archiveTitle", { name: organisation.name })}
                description={t("archiveDescription")}
                confirmLabel={common("archive")}
                action={archiveOrganisationAction.bind(null, { id: organisation.id })}
                redirectTo="/organisations"
                notice="archived"
              />
            </>
          ) : null
        }
      />
      <Card aria-labelledby="details-heading">
        <CardTitle id="details-heading">{t("details")}</CardTitle>
        <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-3">
          <DescriptionItem label={t("country")}>{display.country(organisation.country)}</DescriptionItem>
          <DescriptionItem label={t("city")}>{organisation.city ?? "—"}</DescriptionItem>
          <DescriptionItem label={t("type")}>{labels(`organisationType.${organisation.type}`)}</DescriptionItem>
          <DescriptionItem label={t("vat")}>{organisation.vatNumber ?? "—"}</DescriptionItem>
          <DescriptionItem label={t("pic")}>{organisation.pic ?? "—"}</DescriptionItem>
          <DescriptionItem label={t("website")}>{organisation.website ?? "—"}</DescriptionItem>
          <DescriptionItem label={t("networks")}>
            {networks.length === 0
              ? "—"
              : networks.map((network, index) => (
                  <span key={network.id}>
                    {index > 0 ? ", " : null}
                    <Link href={`/networks/${network.id}`} className="underline">
                      {network.name}
                    </Link>
                    {network.isCoordinator ? ` (${t("coordinator")})` : null}
                  </span>
                ))}
          </DescriptionItem>
        </dl>
      </Card>
      <Card aria-labelledby="profile-heading">
        <CardHeading
          id="profile-heading"
          title={t("profile")}
          actionHref={
            editsOrganisationProfile(user, organisation.id) ? `/organisations/${organisation.id}/profile` : null
          }
          actionLabel={t("editProfile")}
        />
        <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-3">
          <DescriptionItem label={t("competences")}>
            {organisation.competences.length === 0
              ? "—"
              : competenceNames(
                  organisation.competences.map(({ competence }) => competence),
                  locale,
                )}
          </DescriptionItem>
          <DescriptionItem label={t("staffSize")}>
            {organisation.staffSize ? labels(`staffSize.${organisation.staffSize}`) : "—"}
          </DescriptionItem>
          <DescriptionItem label={t("sectors")}>{organisation.sectors ?? "—"}</DescriptionItem>
          <DescriptionItem label={t("markets")}>{organisation.markets ?? "—"}</DescriptionItem>
          <DescriptionItem label={t("offer")}>{organisation.offer ?? "—"}</DescriptionItem>
        </dl>
      </Card>
      <Card aria-labelledby="participation-heading">
        <CardTitle id="participation-heading">{t("projects")}</CardTitle>
        {organisation.partnerships.length === 0 ? (
          <EmptyState title={t("noProjects")}>{t("noProjectsHint")}</EmptyState>
        ) : (
          <RecordTable
            caption={t("projectsCaption")}
            rows={organisation.partnerships.map((partnership) => ({ ...partnership, id: partnership.project.id }))}
            columns={[
              {
                header: t("project"),
                cell: ({ project }) => (
                  <>
                    <ProjectLink project={project} /> <span className="text-slate-600">{project.title}</span>
                  </>
                ),
              },
              { header: t("programme"), cell: ({ project }) => project.programme.name },
              { header: t("role"), cell: ({ role }) => labels(`partnerRole.${role}`) },
              { header: t("status"), cell: ({ project }) => <ProjectStatusBadge project={project} /> },
            ]}
          />
        )}
      </Card>
    </div>
  );
}
