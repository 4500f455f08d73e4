import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { PageHeader } from "@/components/layout/page-header";
import { ProjectStatusBadge } from "@/components/project/status-badges";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
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
          <Table caption={t("calls")}>
            <thead>
              <tr>
                <Th>{t("identifier")}</Th>
                <Th>{t("callTitle")}</Th>
                <Th>{t("opens")}</Th>
                <Th>{t("closes")}</Th>
                <Th className="text-right">{t("budget")}</Th>
                {canManage ? <Th>{t("actions")}</Th> : null}
              </tr>
            </thead>
            <tbody>
              {programme.calls.map((call) => (
                <tr key={call.id}>
                  <Td className="font-medium">{call.identifier}</Td>
                  <Td>{call.title}</Td>
                  <Td>{display.date(call.opensOn)}</Td>
                  <Td>{display.date(call.closesOn)}</Td>
                  <Td className="text-right">{call.budget ? display.money(call.budget, programme.currency) : "—"}</Td>
                  {canManage ? (
                    <Td>
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
                    </Td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>

      <Card aria-labelledby="programme-projects-heading">
        <CardTitle id="programme-projects-heading">{t("projects")}</CardTitle>
        {programme.projects.length === 0 ? (
          <EmptyState title={t("noProjects")} />
        ) : (
          <Table caption={t("projectsCaption")}>
            <thead>
              <tr>
                <Th>{t("acronym")}</Th>
                <Th>{t("projectTitle")}</Th>
                <Th>{t("call")}</Th>
                <Th>{t("status")}</Th>
                <Th>{t("runs")}</Th>
              </tr>
            </thead>
            <tbody>
              {programme.projects.map((project) => (
                <tr key={project.id}>
                  <Td>
                    <Link href={`/projects/${project.id}`} className="font-medium text-brand-600 underline">
                      {project.acronym}
                    </Link>
                  </Td>
                  <Td>{project.title}</Td>
                  <Td>{project.call?.identifier ?? "—"}</Td>
                  <Td>
                    <ProjectStatusBadge status={project.status} />
                  </Td>
                  <Td className="whitespace-nowrap">
                    {display.date(project.startDate)} –{" "}
                    {display.date(projectEndDate(project.startDate, project.durationMonths))}
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
