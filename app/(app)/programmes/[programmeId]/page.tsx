import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { PageHeader } from "@/components/layout/page-header";
import { ProjectStatusBadge } from "@/components/project/status-badges";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ProjectLink } from "@/components/project/project-link";
import { RecordTable } from "@/components/ui/record-table";
import { archiveCallAction } from "@/lib/actions/calls";
import { archiveProgrammeAction } from "@/lib/actions/programmes";
import { requireUser } from "@/lib/auth/session";
import { FUNDING_MANAGERS } from "@/lib/access/permissions";
import { getProgrammeDetail } from "@/lib/dal/programmes";
import { projectEndDate } from "@/lib/format/project-months";
import { getTranslations } from "next-intl/server";
import { getDisplay } from "@/lib/i18n/display";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Programme"))("title") };
}

type ProgrammePageProps = { params: Promise<{ programmeId: string }> };

export default async function ProgrammePage({ params }: ProgrammePageProps) {
  const [t, common, display] = await Promise.all([
    getTranslations("Programme"),
    getTranslations("Common"),
    getDisplay(),
  ]);
  const user = await requireUser();
  const { programmeId } = await params;
  const programme = await getProgrammeDetail(user, programmeId);
  if (!programme) notFound();
  const canManage = FUNDING_MANAGERS.includes(user.role);

  return (
    <div className="space-y-6">
      <PageHeader
        crumbs={[{ href: "/programmes", section: "programmes" }]}
        title={programme.name}
        subtitle={
          <>
            {programme.description ? <p className="max-w-3xl">{programme.description}</p> : null}
            <p className="text-sm text-slate-600">
              {t("code", { code: programme.code })}
              {programme.managedBy ? ` · ${t("managedBy", { name: programme.managedBy })}` : ""}
            </p>
          </>
        }
        actions={
          canManage ? (
            <>
              <Button asChild variant="secondary">
                <Link href={`/programmes/${programme.id}/edit`}>{t("edit")}</Link>
              </Button>
              <Button asChild>
                <Link href={`/programmes/${programme.id}/calls/new`}>{t("newCall")}</Link>
              </Button>
              <ConfirmActionButton
                label={t("archive")}
                title={t("archiveTitle", { name: programme.name })}
                description={t("archiveDescription")}
                confirmLabel={common("archive")}
                action={archiveProgrammeAction.bind(null, { id: programme.id })}
                redirectTo="/programmes"
                notice="archived"
              />
            </>
          ) : null
        }
      />

      <Card aria-labelledby="calls-heading">
        <CardTitle id="calls-heading">{t("calls")}</CardTitle>
        {programme.calls.length === 0 ? (
          <EmptyState title={t("noCalls")} />
        ) : (
          <RecordTable
            caption={t("calls")}
            rows={programme.calls}
            columns={[
              {
                header: t("identifier"),
                cell: (call) => <span className="font-medium">{call.identifier}</span>,
              },
              { header: t("callTitle"), cell: (call) => call.title },
              { header: t("opens"), cell: (call) => display.date(call.opensOn) },
              { header: t("closes"), cell: (call) => display.date(call.closesOn) },
              {
                header: t("budget"),
                className: "text-right",
                cell: (call) => (call.budget ? display.money(call.budget, programme.currency) : "—"),
              },
            ]}
            actionsHeader={t("actions")}
            actions={
              canManage
                ? (call) => (
                    <div className="flex flex-wrap gap-2">
                      <Button asChild variant="secondary">
                        <Link
                          href={`/programmes/${programme.id}/calls/${call.id}/edit`}
                          aria-label={t("editCall", { identifier: call.identifier })}
                        >
                          {common("edit")}
                        </Link>
                      </Button>
                      <ConfirmActionButton
                        label={common("archive")}
                        title={t("archiveCallTitle", { identifier: call.identifier })}
                        description={t("archiveCallDescription")}
                        confirmLabel={t("archiveCall")}
                        action={archiveCallAction.bind(null, { id: call.id })}
                        notice="archived"
                      />
                    </div>
                  )
                : null
            }
          />
        )}
      </Card>

      <Card aria-labelledby="programme-projects-heading">
        <CardTitle id="programme-projects-heading">{t("projects")}</CardTitle>
        {programme.projects.length === 0 ? (
          <EmptyState title={t("noProjects")} />
        ) : (
          <RecordTable
            caption={t("projectsCaption")}
            rows={programme.projects}
            columns={[
              {
                header: t("acronym"),
                cell: (project) => <ProjectLink project={project} />,
              },
              { header: t("projectTitle"), cell: (project) => project.title },
              { header: t("call"), cell: (project) => project.call?.identifier ?? "—" },
              { header: t("status"), cell: (project) => <ProjectStatusBadge project={project} /> },
              {
                header: t("runs"),
                className: "whitespace-nowrap",
                cell: (project) =>
                  `${display.date(project.startDate)} – ${display.date(projectEndDate(project.startDate, project.durationMonths))}`,
              },
            ]}
          />
        )}
      </Card>
    </div>
  );
}
