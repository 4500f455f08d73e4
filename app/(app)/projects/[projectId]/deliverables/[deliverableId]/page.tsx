import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { CommentForm } from "@/components/deliverable/comment-form";
import { Documents } from "@/components/files/documents";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { StatusChangeForm } from "@/components/deliverable/status-change-form";
import { PageHeader, projectCrumbs } from "@/components/layout/page-header";
import { DueDate } from "@/components/project/due-date";
import { DeliverableStatusBadge } from "@/components/project/status-badges";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { DescriptionItem } from "@/components/ui/description-item";
import { EmptyState } from "@/components/ui/empty-state";
import { deleteDeliverableAction } from "@/lib/actions/deliverables";
import { requireUser } from "@/lib/auth/session";
import { orNotFound } from "@/lib/pages/or-not-found";
import { getDeliverableDetail } from "@/lib/dal/deliverables";
import { env } from "@/lib/env";
import { getTranslations } from "next-intl/server";
import { getDisplay } from "@/lib/i18n/display";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Deliverable"))("title") };
}

type DeliverablePageProps = { params: Promise<{ projectId: string; deliverableId: string }> };

export default async function DeliverablePage({ params }: DeliverablePageProps) {
  const [t, common, labels, display] = await Promise.all([
    getTranslations("Deliverable"),
    getTranslations("Common"),
    getTranslations("Labels"),
    getDisplay(),
  ]);
  const user = await requireUser();
  const { projectId, deliverableId } = await params;
  const detail = await orNotFound(getDeliverableDetail(user, projectId, deliverableId));
  const { deliverable } = detail;
  const project = deliverable.project;
  // One thread: the comments, and the comments that came with a status change, in the order they were written.
  const thread = [
    ...deliverable.comments.map((comment) => ({
      id: comment.id,
      author: comment.author.name,
      createdAt: comment.createdAt,
      body: comment.body,
      move: null,
    })),
    ...deliverable.statusChanges.flatMap((change) =>
      change.comment
        ? [
            {
              id: change.id,
              author: change.actor?.name ?? t("someone"),
              createdAt: change.createdAt,
              body: change.comment,
              move: change.toStatus,
            },
          ]
        : [],
    ),
  ].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());

  return (
    <div className="space-y-6">
      <PageHeader
        crumbs={projectCrumbs(project, { href: `/projects/${project.id}/deliverables`, label: t("deliverables") })}
        title={`${deliverable.number} ${deliverable.title}`}
        subtitle={
          <div className="mt-1 flex flex-wrap items-center gap-3">
            <DeliverableStatusBadge status={deliverable.status} />
            <DueDate dueDate={detail.dueDate} dueMonth={deliverable.dueMonth} isOverdue={detail.isOverdue} />
            <span className="basis-full text-sm text-slate-600">{t(`whoActsNext.${deliverable.status}`)}</span>
          </div>
        }
        actions={
          detail.canEditPlan ? (
            <>
              <Button asChild variant="secondary">
                <Link href={`/projects/${project.id}/deliverables/${deliverable.id}/edit`}>{t("editPlan")}</Link>
              </Button>
              {detail.canDelete ? (
                <ConfirmActionButton
                  label={common("delete")}
                  title={common("confirmItem", { action: common("delete"), item: deliverable.number })}
                  description={t("deleteDescription")}
                  confirmLabel={common("delete")}
                  action={deleteDeliverableAction.bind(null, { projectId: project.id, id: deliverable.id })}
                  redirectTo={`/projects/${project.id}`}
                  notice="removed"
                />
              ) : (
                <p className="max-w-xs text-sm text-slate-600">{t("cannotDelete")}</p>
              )}
            </>
          ) : null
        }
      />

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card aria-labelledby="details-heading">
            <CardTitle id="details-heading">{t("details")}</CardTitle>
            {deliverable.description ? <p className="mb-4 text-slate-700">{deliverable.description}</p> : null}
            <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
              <DescriptionItem label={t("workPackage")}>
                WP{deliverable.workPackage.number} {deliverable.workPackage.title}
              </DescriptionItem>
              <DescriptionItem label={t("responsiblePartner")}>
                PP{deliverable.responsiblePartner.partnerNumber} {deliverable.responsiblePartner.organisation.name}
              </DescriptionItem>
              <DescriptionItem label={t("type")}>{labels(`deliverableType.${deliverable.type}`)}</DescriptionItem>
              <DescriptionItem label={t("dissemination")}>
                {labels(`dissemination.${deliverable.dissemination}`)}
              </DescriptionItem>
              <DescriptionItem label={t("submitted")}>
                {deliverable.submittedAt ? display.dateTime(deliverable.submittedAt) : t("notYet")}
              </DescriptionItem>
              <DescriptionItem label={t("approved")}>
                {deliverable.approvedAt ? display.dateTime(deliverable.approvedAt) : t("notYet")}
              </DescriptionItem>
              {deliverable.lateJustification ? (
                <DescriptionItem label={t("lateJustification")}>{deliverable.lateJustification}</DescriptionItem>
              ) : null}
            </dl>
          </Card>

          <Card aria-labelledby="files-heading">
            <CardTitle id="files-heading">{t("files")}</CardTitle>
            <Documents
              documents={deliverable.documents}
              uploadEndpoint={detail.canUpload ? `/api/uploads?deliverableId=${deliverable.id}` : undefined}
              maxBytes={env.MAX_UPLOAD_BYTES}
              showChecksums={detail.seesChecksums}
            />
          </Card>

          <Card aria-labelledby="history-heading">
            <CardTitle id="history-heading">{t("statusHistory")}</CardTitle>
            {deliverable.statusChanges.length === 0 ? (
              <EmptyState title={t("noStatusChanges")} />
            ) : (
              <ol className="space-y-3" aria-label={t("statusChangesCaption")}>
                {deliverable.statusChanges.map((change) => (
                  <li key={change.id} className="border-l-2 border-slate-300 pl-3 text-sm">
                    <p>
                      <span className="font-medium">
                        {change.fromStatus ? labels(`deliverableStatus.${change.fromStatus}`) : t("new")}
                      </span>{" "}
                      → <span className="font-medium">{labels(`deliverableStatus.${change.toStatus}`)}</span>
                    </p>
                    <p className="text-slate-600">
                      {change.actor?.name ?? t("someone")} ·{" "}
                      <time dateTime={change.createdAt.toISOString()}>{display.dateTime(change.createdAt)}</time>
                    </p>
                    {change.byFirstUpload ? <p className="mt-1">{t("byFirstUpload")}</p> : null}
                    {change.comment ? <p className="mt-1 whitespace-pre-wrap">{change.comment}</p> : null}
                  </li>
                ))}
              </ol>
            )}
          </Card>
        </div>

        <div className="space-y-6">
          <Card aria-labelledby="status-heading">
            <CardTitle id="status-heading">{t("changeStatus")}</CardTitle>
            <StatusChangeForm
              key={deliverable.version}
              projectId={project.id}
              deliverableId={deliverable.id}
              version={deliverable.version}
              isPastDue={detail.isPastDue}
              submitNote={
                detail.submitNeeds === "document"
                  ? t("submitNeedsDocument")
                  : detail.submitNeeds === "whereItIs"
                    ? t("submitNeedsWhereItIs")
                    : undefined
              }
              moves={detail.moves.map((move) => ({
                to: move.to,
                label: t(`moves.${deliverable.status}_${move.to}`),
                needsComment: move.needsComment,
              }))}
            />
          </Card>

          <Card aria-labelledby="comments-heading">
            <CardTitle id="comments-heading">{t("comments")}</CardTitle>
            {thread.length === 0 ? (
              <p className="mb-3 text-sm text-slate-600">{t("noComments")}</p>
            ) : (
              <ul className="mb-4 space-y-3" aria-label={t("threadCaption")}>
                {thread.map((entry) => (
                  <li key={entry.id} className="text-sm">
                    <p className="text-slate-600">
                      {entry.author} ·{" "}
                      <time dateTime={entry.createdAt.toISOString()}>{display.dateTime(entry.createdAt)}</time>
                      {entry.move ? ` · ${t("withMove", { status: labels(`deliverableStatus.${entry.move}`) })}` : null}
                    </p>
                    <p className="whitespace-pre-wrap">{entry.body}</p>
                  </li>
                ))}
              </ul>
            )}
            {detail.canComment ? (
              <CommentForm key={deliverable.comments.length} projectId={project.id} deliverableId={deliverable.id} />
            ) : null}
          </Card>
        </div>
      </div>
    </div>
  );
}
