import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { DueDate } from "@/components/project/due-date";
import { RowActions } from "@/components/project/row-actions";
import { DeliverableStatusBadge, ProjectStatusBadge } from "@/components/project/status-badges";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardHeading, CardTitle } from "@/components/ui/card";
import { DescriptionItem } from "@/components/ui/description-item";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import { removePartnerAction } from "@/lib/actions/partners";
import { deleteMilestoneAction } from "@/lib/actions/milestones";
import { deleteReportingPeriodAction } from "@/lib/actions/reporting-periods";
import { deleteWorkPackageAction } from "@/lib/actions/work-packages";
import { managesProject } from "@/lib/access/permissions";
import { requireUser } from "@/lib/auth/session";
import { FUNDING_MANAGERS } from "@/lib/access/permissions";
import { getProjectDetail } from "@/lib/dal/projects";
import { OPEN_DELIVERABLE_STATUSES } from "@/lib/workflow/deliverable-status";
import {
  projectEndDate,
  projectMonthAt,
  projectMonthEnd,
  projectMonthStart,
  todayUtc,
} from "@/lib/format/project-months";
import { getTranslations } from "next-intl/server";
import { getDisplay } from "@/lib/i18n/display";

type ProjectPageProps = { params: Promise<{ projectId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Project"))("title") };
}

export default async function ProjectPage({ params }: ProjectPageProps) {
  const [t, labels, display] = await Promise.all([getTranslations("Project"), getTranslations("Labels"), getDisplay()]);
  const user = await requireUser();
  const { projectId } = await params;
  const detail = await getProjectDetail(user, projectId);
  if (!detail) notFound();
  const { project, access } = detail;
  const canEditProject = FUNDING_MANAGERS.includes(user.role);
  const canManagePartners = managesProject(user, access);
  const canPlan = access.isLead;
  const item = (id: string) => ({ projectId: project.id, id });
  const today = todayUtc();
  const start = project.startDate;
  const currentMonth = projectMonthAt(start, today);
  const monthRange = (from: number, to: number) =>
    `M${from}–M${to} · ${display.date(projectMonthStart(start, from))} – ${display.date(projectMonthEnd(start, to))}`;

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
            <ProjectStatusBadge status={project.status} />
            {project.isDemo ? <Badge>{t("demoData")}</Badge> : null}
          </div>
        }
        actions={
          <>
            <Button asChild>
              <Link href={`/projects/${project.id}/deliverables`}>{t("deliverables")}</Link>
            </Button>
            <Button asChild variant="secondary">
              <Link href={`/projects/${project.id}/timeline`}>{t("timeline")}</Link>
            </Button>
            {access.canReadAllFunding || access.actsForPartnerIds.length > 0 ? (
              <Button asChild variant="secondary">
                <Link href={`/projects/${project.id}/budget`}>{t("budget")}</Link>
              </Button>
            ) : null}
            <Button asChild variant="secondary">
              <Link href={`/projects/${project.id}/reports`}>{t("reports")}</Link>
            </Button>
            <Button asChild variant="secondary">
              <Link href={`/projects/${project.id}/history`}>{t("history")}</Link>
            </Button>
            {canEditProject ? (
              <Button asChild variant="secondary">
                <Link href={`/projects/${project.id}/edit`}>{t("edit")}</Link>
              </Button>
            ) : null}
          </>
        }
      />

      <Card aria-labelledby="overview-heading">
        <CardTitle id="overview-heading">{t("overview")}</CardTitle>
        {project.summary ? <p className="mb-4 text-slate-700">{project.summary}</p> : null}
        <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-3">
          <DescriptionItem label={t("programme")}>
            <Link href={`/programmes/${project.programme.id}`} className="text-brand-600 underline">
              {project.programme.name}
            </Link>
          </DescriptionItem>
          <DescriptionItem label={t("call")}>
            {project.call ? `${project.call.identifier} — ${project.call.title}` : "—"}
          </DescriptionItem>
          <DescriptionItem label={t("grantAgreement")}>{project.grantAgreementNumber ?? "—"}</DescriptionItem>
          <DescriptionItem label={t("runs")}>
            {display.date(start)} – {display.date(projectEndDate(start, project.durationMonths))} (
            {t("months", { count: project.durationMonths })})
          </DescriptionItem>
          <DescriptionItem label={t("currentMonth")}>
            {currentMonth < 1
              ? t("notStarted")
              : currentMonth > project.durationMonths
                ? t("ended")
                : `M${currentMonth}`}
          </DescriptionItem>
          <DescriptionItem label={t("currency")}>{project.currency}</DescriptionItem>
          <DescriptionItem label={t("totalCost")}>{display.money(project.totalCost, project.currency)}</DescriptionItem>
          <DescriptionItem label={t("grant")}>{display.money(project.grantAmount, project.currency)}</DescriptionItem>
          <DescriptionItem label={t("cofinancingRate")}>{display.percent(project.cofinancingRate)}</DescriptionItem>
        </dl>
      </Card>

      <Card aria-labelledby="partners-heading">
        <CardHeading
          id="partners-heading"
          title={t("partners")}
          actionHref={canManagePartners ? `/projects/${project.id}/partners/new` : null}
          actionLabel={t("addPartner")}
        />
        <Table caption={t("partners")}>
          <thead>
            <tr>
              <Th>{t("number")}</Th>
              <Th>{t("organisation")}</Th>
              <Th>{t("country")}</Th>
              <Th>{t("type")}</Th>
              <Th>{t("role")}</Th>
              <Th className="text-right">{t("budget")}</Th>
              {canManagePartners ? <Th className="no-print">{t("actions")}</Th> : null}
            </tr>
          </thead>
          <tbody>
            {project.partners.map((partner) => (
              <tr key={partner.id}>
                <Td>PP{partner.partnerNumber}</Td>
                <Td>
                  <Link href={`/organisations/${partner.organisation.id}`} className="text-brand-600 underline">
                    {partner.organisation.name}
                  </Link>
                </Td>
                <Td>{display.country(partner.organisation.country)}</Td>
                <Td>{labels(`organisationType.${partner.organisation.type}`)}</Td>
                <Td>{labels(`partnerRole.${partner.role}`)}</Td>
                <Td className="text-right">
                  {partner.budgetAmount === null ? (
                    <span className="text-slate-500">{t("notShown")}</span>
                  ) : (
                    display.money(partner.budgetAmount, project.currency)
                  )}
                </Td>
                {canManagePartners ? (
                  <Td>
                    <RowActions
                      itemLabel={`PP${partner.partnerNumber} ${partner.organisation.name}`}
                      editHref={`/projects/${project.id}/partners/${partner.id}/edit`}
                      onDelete={removePartnerAction.bind(null, item(partner.id))}
                      deleteLabel={t("remove")}
                      deleteDescription={t("removePartnerDescription")}
                    />
                  </Td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card aria-labelledby="periods-heading">
          <CardHeading
            id="periods-heading"
            title={t("periods")}
            actionHref={canPlan ? `/projects/${project.id}/periods/new` : null}
            actionLabel={t("addPeriod")}
          />
          {project.reportingPeriods.length === 0 ? (
            <EmptyState title={t("noPeriods")} />
          ) : (
            <ul className="space-y-1 text-sm">
              {project.reportingPeriods.map((period) => (
                <li key={period.id} className="flex flex-wrap items-center justify-between gap-2">
                  <span>
                    <span className="font-medium">P{period.number}</span>{" "}
                    {monthRange(period.startMonth, period.endMonth)}
                  </span>
                  {canPlan ? (
                    <RowActions
                      itemLabel={`P${period.number}`}
                      editHref={`/projects/${project.id}/periods/${period.id}/edit`}
                      onDelete={deleteReportingPeriodAction.bind(null, item(period.id))}
                      deleteDescription={t("deletePeriodDescription")}
                    />
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card aria-labelledby="milestones-heading">
          <CardHeading
            id="milestones-heading"
            title={t("milestones")}
            actionHref={canPlan ? `/projects/${project.id}/milestones/new` : null}
            actionLabel={t("addMilestone")}
          />
          {project.milestones.length === 0 ? (
            <EmptyState title={t("noMilestones")} />
          ) : (
            <ul className="space-y-2 text-sm">
              {project.milestones.map((milestone) => (
                <li key={milestone.id}>
                  {canPlan ? (
                    <div className="float-right">
                      <RowActions
                        itemLabel={`MS${milestone.number}`}
                        editHref={`/projects/${project.id}/milestones/${milestone.id}/edit`}
                        onDelete={deleteMilestoneAction.bind(null, item(milestone.id))}
                        deleteDescription={t("deleteMilestoneDescription")}
                      />
                    </div>
                  ) : null}
                  <span className="font-medium">MS{milestone.number}</span> {milestone.title}
                  <span className="block text-slate-600">
                    {milestone.achievedOn ? (
                      <>{t("reachedOn", { date: display.date(milestone.achievedOn) })}</>
                    ) : (
                      <DueDate
                        dueDate={projectMonthEnd(start, milestone.dueMonth)}
                        dueMonth={milestone.dueMonth}
                        isOverdue={projectMonthEnd(start, milestone.dueMonth) < today}
                      />
                    )}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>

      <Card aria-labelledby="work-packages-heading">
        <CardHeading
          id="work-packages-heading"
          title={t("workPackages")}
          actionHref={canPlan ? `/projects/${project.id}/work-packages/new` : null}
          actionLabel={t("addWorkPackage")}
        />
        {project.workPackages.length === 0 ? (
          <EmptyState title={t("noWorkPackages")} />
        ) : (
          <Table caption={t("workPackages")}>
            <thead>
              <tr>
                <Th>{t("wp")}</Th>
                <Th>{t("title")}</Th>
                <Th>{t("leadPartner")}</Th>
                <Th>{t("monthsColumn")}</Th>
                {canPlan ? <Th className="no-print">{t("actions")}</Th> : null}
              </tr>
            </thead>
            <tbody>
              {project.workPackages.map((workPackage) => (
                <tr key={workPackage.id}>
                  <Td>WP{workPackage.number}</Td>
                  <Td>{workPackage.title}</Td>
                  <Td>{workPackage.leadPartner?.organisation.name ?? "—"}</Td>
                  <Td>{monthRange(workPackage.startMonth, workPackage.endMonth)}</Td>
                  {canPlan ? (
                    <Td>
                      <RowActions
                        itemLabel={`WP${workPackage.number}`}
                        editHref={`/projects/${project.id}/work-packages/${workPackage.id}/edit`}
                        onDelete={deleteWorkPackageAction.bind(null, item(workPackage.id))}
                        deleteDescription={t("deleteWorkPackageDescription")}
                      />
                    </Td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>

      <Card aria-labelledby="deliverables-heading">
        <CardHeading
          id="deliverables-heading"
          title={t("deliverables")}
          actionHref={canPlan ? `/projects/${project.id}/deliverables/new` : null}
          actionLabel={t("addDeliverable")}
        />
        {project.deliverables.length === 0 ? (
          <EmptyState title={t("noDeliverables")} />
        ) : (
          <Table caption={t("deliverables")}>
            <thead>
              <tr>
                <Th>{t("number")}</Th>
                <Th>{t("title")}</Th>
                <Th>{t("wp")}</Th>
                <Th>{t("responsible")}</Th>
                <Th>{t("type")}</Th>
                <Th>{t("dissemination")}</Th>
                <Th>{t("due")}</Th>
                <Th>{t("status")}</Th>
              </tr>
            </thead>
            <tbody>
              {project.deliverables.map((deliverable) => {
                const dueDate = projectMonthEnd(start, deliverable.dueMonth);
                const isOverdue = OPEN_DELIVERABLE_STATUSES.includes(deliverable.status) && dueDate < today;
                return (
                  <tr key={deliverable.id}>
                    <Td className="font-medium">
                      <Link
                        href={`/projects/${project.id}/deliverables/${deliverable.id}`}
                        className="text-brand-600 underline"
                      >
                        {deliverable.number}
                      </Link>
                    </Td>
                    <Td>{deliverable.title}</Td>
                    <Td>WP{deliverable.workPackage.number}</Td>
                    <Td>{deliverable.responsiblePartner.organisation.name}</Td>
                    <Td>
                      <abbr title={labels(`deliverableType.${deliverable.type}`)}>{deliverable.type}</abbr>
                    </Td>
                    <Td>
                      <abbr title={labels(`dissemination.${deliverable.dissemination}`)}>
                        {deliverable.dissemination}
                      </abbr>
                    </Td>
                    <Td>
                      <DueDate dueDate={dueDate} dueMonth={deliverable.dueMonth} isOverdue={isOverdue} />
                    </Td>
                    <Td>
                      <DeliverableStatusBadge status={deliverable.status} />
                    </Td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
        )}
      </Card>
    </div>
  );
}
