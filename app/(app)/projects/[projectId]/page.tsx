import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { ProjectStatusBadge } from "@/components/project/status-badges";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { requireUser } from "@/lib/auth/session";
import { getProjectDetail } from "@/lib/dal/projects";
import { projectEndDate } from "@/lib/format/project-months";
import { getDisplay } from "@/lib/i18n/display";
import { isPastItsEnd } from "@/lib/workflow/project-status";
import { Notice } from "@/components/ui/form-message";
import { DeliverablesSection } from "./_components/deliverables-section";
import { MilestonesSection } from "./_components/milestones-section";
import { PartnersSection } from "./_components/partners-section";
import { PeriodsSection } from "./_components/periods-section";
import { ProjectOverview } from "./_components/project-overview";
import { WorkPackagesSection } from "./_components/work-packages-section";

type ProjectPageProps = { params: Promise<{ projectId: string }> };

/** The project, loaded once per request for the page's title and its content. */
const loadProject = cache(async (projectId: string) => getProjectDetail(await requireUser(), projectId));

export async function generateMetadata({ params }: ProjectPageProps): Promise<Metadata> {
  const detail = await loadProject((await params).projectId);
  return { title: detail?.project.acronym };
}

export default async function ProjectPage({ params }: ProjectPageProps) {
  const [t, labels, display] = await Promise.all([getTranslations("Project"), getTranslations("Labels"), getDisplay()]);
  const detail = await loadProject((await params).projectId);
  if (!detail) notFound();
  const { project, permissions } = detail;
  const link = (path: string, label: string, variant: "primary" | "secondary" = "secondary") => (
    <Button asChild variant={variant}>
      <Link href={`/projects/${project.id}/${path}`}>{label}</Link>
    </Button>
  );

  return (
    <div className="space-y-6">
      <PageHeader
        crumbs={[{ href: "/projects", section: "projects" }]}
        title={
          <>
            {project.acronym}
            <span className="block text-lg font-normal text-slate-700">{project.title}</span>
          </>
        }
        subtitle={
          <div className="mt-1 flex flex-wrap gap-2">
            <ProjectStatusBadge project={project} />
            {project.isDemo ? <Badge>{t("demoData")}</Badge> : null}
          </div>
        }
        actions={
          <>
            {link("deliverables", t("deliverables"), "primary")}
            {link("timeline", t("timeline"))}
            {permissions.canSeeBudget ? link("budget", t("budget")) : null}
            {link("reports", t("reports"))}
            {link("history", t("history"))}
            {permissions.canEditProject ? link("edit", t("edit")) : null}
          </>
        }
      />
      {isPastItsEnd(project) ? (
        <Notice>
          {t("pastItsEnd", {
            date: display.date(projectEndDate(project.startDate, project.durationMonths)),
            status: labels(`projectStatus.${project.status}`),
          })}
          {permissions.canEditProject ? (
            <>
              {" "}
              <Link className="font-medium underline" href={`/projects/${project.id}/edit`}>
                {t("closeIt")}
              </Link>
            </>
          ) : null}
        </Notice>
      ) : null}
      <ProjectOverview project={project} />
      <PartnersSection project={project} canManage={permissions.canManagePartners} />
      <div className="grid gap-6 lg:grid-cols-2">
        <PeriodsSection project={project} canPlan={permissions.canPlan} />
        <MilestonesSection project={project} canPlan={permissions.canPlan} />
      </div>
      <WorkPackagesSection project={project} canPlan={permissions.canPlan} />
      <DeliverablesSection project={project} canPlan={permissions.canPlan} />
    </div>
  );
}
