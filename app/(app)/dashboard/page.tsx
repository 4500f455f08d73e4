import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { ProjectStatusBadge } from "@/components/project/status-badges";
import { Card, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { UserRole } from "@/generated/prisma/enums";
import type { SessionUser } from "@/lib/access/permissions";
import { requireUser } from "@/lib/auth/session";
import { findDueNext, findMyProjects } from "@/lib/dal/dashboard";
import { findReviewQueue } from "@/lib/dal/review-queue";
import { DueTable } from "./_components/due-table";
import { ReviewQueue } from "./_components/review-queue";
import { projectEndDate, projectMonthAt, todayUtc } from "@/lib/format/project-months";
import { getDisplay } from "@/lib/i18n/display";

/** How many due items the dashboard lists; "View all" leads to the rest. */
const DUE_NEXT_SHOWN = 10;

const REVIEWER_ROLES: UserRole[] = ["ADMIN", "COORDINATOR", "PROJECT_LEAD"];

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Dashboard"))("title") };
}

/**
 * The dashboard: what waits for review, what is due next, and the person's projects. The first two are counted across
 * every project the person sees, which for a lead of many projects takes a while: they stream in as they are ready,
 * and the page starts with the projects.
 */
export default async function DashboardPage() {
  const user = await requireUser();
  const [projects, t, display] = await Promise.all([findMyProjects(user), getTranslations("Dashboard"), getDisplay()]);
  const today = todayUtc();
  const dueHeading = user.role === "PARTNER" ? t("owesNext") : t("dueNext");
  const isReviewer = REVIEWER_ROLES.includes(user.role);

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>

      {/* For those who review: leads, coordinators, administrators; anyone else only when something waits. */}
      <Suspense
        fallback={isReviewer ? <LoadingCard id="review-heading" title={t("needsReview")} text={t("loading")} /> : null}
      >
        <ReviewSection user={user} isReviewer={isReviewer} />
      </Suspense>

      <Suspense fallback={<LoadingCard id="due-heading" title={dueHeading} text={t("loading")} />}>
        <DueNextSection user={user} heading={dueHeading} />
      </Suspense>

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
                <li key={project.id} className="card">
                  <div className="flex items-start justify-between gap-2">
                    <Link href={`/projects/${project.id}`} className="text-lg font-semibold link">
                      {project.acronym}
                    </Link>
                    <ProjectStatusBadge project={project} />
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

async function ReviewSection({ user, isReviewer }: { user: SessionUser; isReviewer: boolean }) {
  const reviewQueue = await findReviewQueue(user);
  return isReviewer || reviewQueue.total > 0 ? <ReviewQueue {...reviewQueue} /> : null;
}

async function DueNextSection({ user, heading }: { user: SessionUser; heading: string }) {
  const [dueItems, t] = await Promise.all([findDueNext(user, DUE_NEXT_SHOWN + 1), getTranslations("Dashboard")]);
  return (
    <Card aria-labelledby="due-heading">
      <CardTitle id="due-heading">{heading}</CardTitle>
      {dueItems.length === 0 ? (
        <EmptyState title={t("nothingDue")}>{t("nothingDueHint")}</EmptyState>
      ) : (
        <>
          <DueTable items={dueItems.slice(0, DUE_NEXT_SHOWN)} caption={heading} />
          {dueItems.length > DUE_NEXT_SHOWN ? (
            <p className="mt-2 text-sm">
              <Link className="font-medium link" href="/dashboard/due">
                {t("viewAllDue")}
              </Link>
            </p>
          ) : null}
        </>
      )}
    </Card>
  );
}

/** A section's card while its rows are counted: its heading in place, and the wait said in words. */
function LoadingCard({ id, title, text }: { id: string; title: string; text: string }) {
  return (
    <Card aria-labelledby={id} aria-busy="true">
      <CardTitle id={id}>{title}</CardTitle>
      <p role="status" className="text-sm text-slate-600">
        {text}
      </p>
    </Card>
  );
}
