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
import { removePartnerAction } from "@/lib/actions/project";
import {
  deleteMilestoneAction,
  deleteReportingPeriodAction,
  deleteWorkPackageAction,
} from "@/lib/actions/work-plan";
import { managesProject } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { FUNDING_MANAGERS } from "@/lib/dal/guards";
import { getProjectDetail } from "@/lib/dal/projects";
import { countryName, formatDate, formatMoney, formatPercent } from "@/lib/format/display";
import {
  DELIVERABLE_TYPE_LABELS,
  DISSEMINATION_LABELS,
  OPEN_DELIVERABLE_STATUSES,
  ORGANISATION_TYPE_LABELS,
  PARTNER_ROLE_LABELS,
} from "@/lib/format/labels";
import { projectEndDate, projectMonthAt, projectMonthEnd, projectMonthStart, todayUtc } from "@/lib/format/project-months";

type ProjectPageProps = { params: Promise<{ projectId: string }> };

export const metadata: Metadata = { title: "Project" };

export default async function ProjectPage({ params }: ProjectPageProps) {
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
    `M${from}–M${to} · ${formatDate(projectMonthStart(start, from))} – ${formatDate(projectMonthEnd(start, to))}`;

  return (
    <div className="space-y-6">
      <PageHeader
        crumbs={[{ href: "/projects", label: "Projects" }]}
        title={
          <>
            {project.acronym}
            <span className="block text-lg font-normal text-slate-700">{project.title}</span>
          </>
        }
        subtitle={
          <div className="mt-1 flex flex-wrap gap-2">
            <ProjectStatusBadge status={project.status} />
            {project.isDemo ? <Badge>Demo data</Badge> : null}
          </div>
        }
        actions={
          <>
            <Button asChild>
              <Link href={`/projects/${project.id}/deliverables`}>Deliverables</Link>
            </Button>
            <Button asChild variant="secondary">
              <Link href={`/projects/${project.id}/timeline`}>Timeline</Link>
            </Button>
            {access.canReadAllFunding || access.actsForPartnerIds.length > 0 ? (
              <Button asChild variant="secondary">
                <Link href={`/projects/${project.id}/budget`}>Budget</Link>
              </Button>
            ) : null}
            <Button asChild variant="secondary">
              <Link href={`/projects/${project.id}/reports`}>Reports</Link>
            </Button>
            <Button asChild variant="secondary">
              <Link href={`/projects/${project.id}/history`}>History</Link>
            </Button>
            {canEditProject ? (
              <Button asChild variant="secondary">
                <Link href={`/projects/${project.id}/edit`}>Edit project</Link>
              </Button>
            ) : null}
          </>
        }
      />

      <Card aria-labelledby="overview-heading">
        <CardTitle id="overview-heading">Overview</CardTitle>
        {project.summary ? <p className="mb-4 text-slate-700">{project.summary}</p> : null}
        <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-3">
          <DescriptionItem label="Programme">
            <Link href={`/programmes/${project.programme.id}`} className="text-brand-600 underline">
              {project.programme.name}
            </Link>
          </DescriptionItem>
          <DescriptionItem label="Call">{project.call ? `${project.call.identifier} — ${project.call.title}` : "—"}</DescriptionItem>
          <DescriptionItem label="Grant agreement">{project.grantAgreementNumber ?? "—"}</DescriptionItem>
          <DescriptionItem label="Runs">
            {formatDate(start)} – {formatDate(projectEndDate(start, project.durationMonths))} ({project.durationMonths} months)
          </DescriptionItem>
          <DescriptionItem label="Current project month">
            {currentMonth < 1 ? "Not started" : currentMonth > project.durationMonths ? "Ended" : `M${currentMonth}`}
          </DescriptionItem>
          <DescriptionItem label="Currency">{project.currency}</DescriptionItem>
          <DescriptionItem label="Total cost">{formatMoney(project.totalCost, project.currency)}</DescriptionItem>
          <DescriptionItem label="Grant">{formatMoney(project.grantAmount, project.currency)}</DescriptionItem>
          <DescriptionItem label="Co-financing rate">{formatPercent(project.cofinancingRate)}</DescriptionItem>
        </dl>
      </Card>

      <Card aria-labelledby="partners-heading">
        <CardHeading id="partners-heading" title="Partners" actionHref={canManagePartners ? `/projects/${project.id}/partners/new` : null} actionLabel="Add partner" />
        <Table caption="Partners">
          <thead>
            <tr>
              <Th>No.</Th>
              <Th>Organisation</Th>
              <Th>Country</Th>
              <Th>Type</Th>
              <Th>Role</Th>
              <Th className="text-right">Budget</Th>
              {canManagePartners ? <Th className="no-print">Actions</Th> : null}
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
                <Td>{countryName(partner.organisation.country)}</Td>
                <Td>{ORGANISATION_TYPE_LABELS[partner.organisation.type]}</Td>
                <Td>{PARTNER_ROLE_LABELS[partner.role]}</Td>
                <Td className="text-right">
                  {partner.budgetAmount === null ? (
                    <span className="text-slate-500">Not shown</span>
                  ) : (
                    formatMoney(partner.budgetAmount, project.currency)
                  )}
                </Td>
                {canManagePartners ? (
                  <Td>
                    <RowActions
                      itemLabel={`PP${partner.partnerNumber} ${partner.organisation.name}`}
                      editHref={`/projects/${project.id}/partners/${partner.id}/edit`}
                      onDelete={removePartnerAction.bind(null, item(partner.id))}
                      deleteLabel="Remove"
                      deleteDescription="The organisation leaves the project. A partner with deliverables, work packages, reports or budget lines cannot be removed."
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
          <CardHeading id="periods-heading" title="Reporting periods" actionHref={canPlan ? `/projects/${project.id}/periods/new` : null} actionLabel="Add period" />
          {project.reportingPeriods.length === 0 ? (
            <EmptyState title="No reporting periods planned yet" />
          ) : (
            <ul className="space-y-1 text-sm">
              {project.reportingPeriods.map((period) => (
                <li key={period.id} className="flex flex-wrap items-center justify-between gap-2">
                  <span>
                    <span className="font-medium">P{period.number}</span> {monthRange(period.startMonth, period.endMonth)}
                  </span>
                  {canPlan ? (
                    <RowActions
                      itemLabel={`P${period.number}`}
                      editHref={`/projects/${project.id}/periods/${period.id}/edit`}
                      onDelete={deleteReportingPeriodAction.bind(null, item(period.id))}
                      deleteDescription="A period with partner reports, budget lines or payments cannot be deleted."
                    />
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card aria-labelledby="milestones-heading">
          <CardHeading id="milestones-heading" title="Milestones" actionHref={canPlan ? `/projects/${project.id}/milestones/new` : null} actionLabel="Add milestone" />
          {project.milestones.length === 0 ? (
            <EmptyState title="No milestones planned yet" />
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
                        deleteDescription="A milestone that has been reached is kept as history and cannot be deleted."
                      />
                    </div>
                  ) : null}
                  <span className="font-medium">MS{milestone.number}</span> {milestone.title}
                  <span className="block text-slate-600">
                    {milestone.achievedOn ? (
                      <>Reached on {formatDate(milestone.achievedOn)}</>
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
        <CardHeading id="work-packages-heading" title="Work packages" actionHref={canPlan ? `/projects/${project.id}/work-packages/new` : null} actionLabel="Add work package" />
        {project.workPackages.length === 0 ? (
          <EmptyState title="No work packages planned yet" />
        ) : (
          <Table caption="Work packages">
            <thead>
              <tr>
                <Th>WP</Th>
                <Th>Title</Th>
                <Th>Lead partner</Th>
                <Th>Months</Th>
                {canPlan ? <Th className="no-print">Actions</Th> : null}
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
                        deleteDescription="A work package that still has deliverables or milestones cannot be deleted."
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
        <CardHeading id="deliverables-heading" title="Deliverables" actionHref={canPlan ? `/projects/${project.id}/deliverables/new` : null} actionLabel="Add deliverable" />
        {project.deliverables.length === 0 ? (
          <EmptyState title="No deliverables planned yet" />
        ) : (
          <Table caption="Deliverables">
            <thead>
              <tr>
                <Th>No.</Th>
                <Th>Title</Th>
                <Th>WP</Th>
                <Th>Responsible</Th>
                <Th>Type</Th>
                <Th>Dissemination</Th>
                <Th>Due</Th>
                <Th>Status</Th>
              </tr>
            </thead>
            <tbody>
              {project.deliverables.map((deliverable) => {
                const dueDate = projectMonthEnd(start, deliverable.dueMonth);
                const isOverdue = OPEN_DELIVERABLE_STATUSES.includes(deliverable.status) && dueDate < today;
                return (
                  <tr key={deliverable.id}>
                    <Td className="font-medium">
                      <Link href={`/projects/${project.id}/deliverables/${deliverable.id}`} className="text-brand-600 underline">
                        {deliverable.number}
                      </Link>
                    </Td>
                    <Td>{deliverable.title}</Td>
                    <Td>WP{deliverable.workPackage.number}</Td>
                    <Td>{deliverable.responsiblePartner.organisation.name}</Td>
                    <Td>
                      <abbr title={DELIVERABLE_TYPE_LABELS[deliverable.type]}>{deliverable.type}</abbr>
                    </Td>
                    <Td>
                      <abbr title={DISSEMINATION_LABELS[deliverable.dissemination]}>{deliverable.dissemination}</abbr>
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
