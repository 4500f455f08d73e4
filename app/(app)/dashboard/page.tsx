import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DueDate } from "@/components/project/due-date";
import { DeliverableStatusBadge, ProjectStatusBadge } from "@/components/project/status-badges";
import { Card, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import type { DeliverableStatus, UserRole } from "@/generated/prisma/enums";
import { requireUser } from "@/lib/auth/session";
import { findDueNext, findMyProjects } from "@/lib/dal/dashboard";
import { findReviewQueue } from "@/lib/dal/review-queue";
import { projectEndDate, projectMonthAt, todayUtc } from "@/lib/format/project-months";
import { getDisplay } from "@/lib/i18n/display";
import { ReviewQueue } from "./_components/review-queue";

const REVIEWER_ROLES: UserRole[] = ["ADMIN", "COORDINATOR", "PROJECT_LEAD"];

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Dashboard"))("title") };
}

export default async function DashboardPage() {
  const user = await requireUser();
  const [projects, dueItems, reviewQueue, t, reports, display] = await Promise.all([
    findMyProjects(user),
    findDueNext(user),
    findReviewQueue(user),
    getTranslations("Dashboard"),
    getTranslations("Reports"),
    getDisplay(),
  ]);
  const today = todayUtc();
  const dueHeading = user.role === "PARTNER" ? t("owesNext") : t("dueNext");

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>

      {/* For those who review: leads, coordinators, administrators; anyone else only when something waits. */}
      {REVIEWER_ROLES.includes(user.role) || reviewQueue.total > 0 ? <ReviewQueue {...reviewQueue} /> : null}

      <Card aria-labelledby="due-heading">
        <CardTitle id="due-heading">{dueHeading}</CardTitle>
        {dueItems.length === 0 ? (
          <EmptyState title={t("nothingDue")}>{t("nothingDueHint")}</EmptyState>
        ) : (
          <Table caption={dueHeading}>
            <thead>
              <tr>
                <Th>{t("due")}</Th>
                <Th>{t("item")}</Th>
                <Th>{t("project")}</Th>
                <Th>{t("status")}</Th>
              </tr>
            </thead>
            <tbody>
              {dueItems.map((item) => (
                <tr key={`${item.kind}-${item.id}`}>
                  <Td>
                    <DueDate dueDate={item.dueDate} dueMonth={item.dueMonth ?? undefined} isOverdue={item.isOverdue} />
                  </Td>
                  <Td>
                    {item.kind === "deliverable" ? (
                      <Link
                        className="font-medium text-brand-600 underline"
                        href={`/projects/${item.projectId}/deliverables/${item.id}`}
                      >
                        {item.label}
                      </Link>
                    ) : item.kind === "report" ? (
                      <Link
                        className="font-medium text-brand-600 underline"
                        href={`/projects/${item.projectId}/reports`}
                      >
                        {t("reportLabel", { period: item.label })}
                      </Link>
                    ) : (
                      <span className="font-medium">{item.label}</span>
                    )}{" "}
                    {item.report
                      ? t("reportTitle", {
                          number: item.report.periodNumber,
                          type: reports(`deadlineType.${item.report.deadlineType}`),
                        })
                      : item.title}
                  </Td>
                  <Td>
                    <Link className="text-brand-600 underline" href={`/projects/${item.projectId}`}>
                      {item.projectAcronym}
                    </Link>
                  </Td>
                  <Td>
                    {item.kind === "deliverable" ? (
                      <DeliverableStatusBadge status={item.status as DeliverableStatus} />
                    ) : item.kind === "report" ? (
                      <span>{t("reportNotSubmitted")}</span>
                    ) : (
                      <span>{t("milestoneNotReached")}</span>
                    )}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>

      <section aria-labelledby="projects-heading">
        <h2 id="projects-heading" className="mb-3 text-lg font-semibold">
          {t("myProjects")}
        </h2>
        {projects.length === 0 ? (
          <EmptyState title={t("noProjects")}>{t("noProjectsHint")}</EmptyState>
        ) : (
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {projects.map((project) => {
              const currentMonth = projectMonthAt(project.startDate, today);
              const isUnderway = currentMonth >= 1 && currentMonth <= project.durationMonths;
              return (
                <li key={project.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
                  <div className="flex items-start justify-between gap-2">
                    <Link href={`/projects/${project.id}`} className="text-lg font-semibold text-brand-600 underline">
                      {project.acronym}
                    </Link>
                    <ProjectStatusBadge status={project.status} />
                  </div>
                  <p className="mt-1 text-sm text-slate-700">{project.title}</p>
                  <p className="mt-2 text-xs text-slate-600">{project.programme.name}</p>
                  <p className="mt-1 text-xs text-slate-600">
                    {display.monthYear(project.startDate)} –{" "}
                    {display.monthYear(projectEndDate(project.startDate, project.durationMonths))}
                    {isUnderway ? ` · ${t("nowIn", { month: currentMonth, duration: project.durationMonths })}` : ""}
                  </p>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}
