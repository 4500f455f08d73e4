import type { Metadata } from "next";
import Link from "next/link";
import { CommentForm } from "@/components/deliverable/comment-form";
import { FileUploader } from "@/components/files/file-uploader";
import { FileVersions } from "@/components/files/file-versions";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { StatusChangeForm } from "@/components/deliverable/status-change-form";
import { PageHeader, projectCrumbs } from "@/components/layout/page-header";
import { DueDate } from "@/components/project/due-date";
import { DeliverableStatusBadge } from "@/components/project/status-badges";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { DescriptionItem } from "@/components/ui/description-item";
import { EmptyState } from "@/components/ui/empty-state";
import { deleteDeliverableAction } from "@/lib/actions/work-plan";
import { requireUser } from "@/lib/auth/session";
import { orNotFound } from "@/lib/pages/or-not-found";
import { getDeliverableDetail } from "@/lib/dal/deliverables";
import { env } from "@/lib/env";
import { formatDateTime, isoDate } from "@/lib/format/display";
import { DELIVERABLE_STATUS_LABELS, DELIVERABLE_TYPE_LABELS, DISSEMINATION_LABELS } from "@/lib/format/labels";

export const metadata: Metadata = { title: "Deliverable" };

type DeliverablePageProps = { params: Promise<{ projectId: string; deliverableId: string }> };

export default async function DeliverablePage({ params }: DeliverablePageProps) {
  const user = await requireUser();
  const { projectId, deliverableId } = await params;
  const detail = await orNotFound(getDeliverableDetail(user, projectId, deliverableId));
  const { deliverable } = detail;
  const project = deliverable.project;

  return (
    <div className="space-y-6">
      <PageHeader
        crumbs={projectCrumbs(project, { href: `/projects/${project.id}/deliverables`, label: "Deliverables" })}
        title={`${deliverable.number} ${deliverable.title}`}
        subtitle={
          <div className="mt-1 flex flex-wrap items-center gap-3">
            <DeliverableStatusBadge status={deliverable.status} />
            <DueDate dueDate={detail.dueDate} dueMonth={deliverable.dueMonth} isOverdue={detail.isOverdue} />
          </div>
        }
        actions={
          detail.canEditPlan ? (
            <>
              <Button asChild variant="secondary">
                <Link href={`/projects/${project.id}/deliverables/${deliverable.id}/edit`}>Edit plan</Link>
              </Button>
              <ConfirmActionButton
                label="Delete"
                title={`Delete ${deliverable.number}?`}
                description="Only a deliverable without files, comments or status history can be deleted; the rest is kept as history."
                confirmLabel="Delete"
                action={deleteDeliverableAction.bind(null, { projectId: project.id, id: deliverable.id })}
                redirectTo={`/projects/${project.id}`}
                notice="removed"
              />
            </>
          ) : null
        }
      />

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card aria-labelledby="details-heading">
            <CardTitle id="details-heading">Details</CardTitle>
            {deliverable.description ? <p className="mb-4 text-slate-700">{deliverable.description}</p> : null}
            <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
              <DescriptionItem label="Work package">
                WP{deliverable.workPackage.number} {deliverable.workPackage.title}
              </DescriptionItem>
              <DescriptionItem label="Responsible partner">
                PP{deliverable.responsiblePartner.partnerNumber} {deliverable.responsiblePartner.organisation.name}
              </DescriptionItem>
              <DescriptionItem label="Type">{DELIVERABLE_TYPE_LABELS[deliverable.type]}</DescriptionItem>
              <DescriptionItem label="Dissemination level">{DISSEMINATION_LABELS[deliverable.dissemination]}</DescriptionItem>
              <DescriptionItem label="Submitted">{deliverable.submittedAt ? formatDateTime(deliverable.submittedAt) : "Not yet"}</DescriptionItem>
              <DescriptionItem label="Approved">{deliverable.approvedAt ? formatDateTime(deliverable.approvedAt) : "Not yet"}</DescriptionItem>
              {deliverable.lateJustification ? (
                <DescriptionItem label="Justification for the late submission">{deliverable.lateJustification}</DescriptionItem>
              ) : null}
            </dl>
          </Card>

          <Card aria-labelledby="files-heading">
            <CardTitle id="files-heading">Files</CardTitle>
            <FileVersions files={deliverable.files} caption="Deliverable files, newest version first" />
            {detail.canUpload ? (
              <div className="mt-4">
                <FileUploader endpoint={`/api/uploads?deliverableId=${deliverable.id}`} maxBytes={env.MAX_UPLOAD_BYTES} />
              </div>
            ) : null}
          </Card>

          <Card aria-labelledby="history-heading">
            <CardTitle id="history-heading">Status history</CardTitle>
            {deliverable.statusChanges.length === 0 ? (
              <EmptyState title="No status changes yet" />
            ) : (
              <ol className="space-y-3" aria-label="Status changes, newest first">
                {deliverable.statusChanges.map((change) => (
                  <li key={change.id} className="border-l-2 border-slate-300 pl-3 text-sm">
                    <p>
                      <span className="font-medium">{change.fromStatus ? DELIVERABLE_STATUS_LABELS[change.fromStatus] : "New"}</span> →{" "}
                      <span className="font-medium">{DELIVERABLE_STATUS_LABELS[change.toStatus]}</span>
                    </p>
                    <p className="text-slate-600">
                      {change.actor?.name ?? "Someone"} · <time dateTime={change.createdAt.toISOString()}>{formatDateTime(change.createdAt)}</time>
                    </p>
                    {change.comment ? <p className="mt-1 whitespace-pre-wrap">{change.comment}</p> : null}
                  </li>
                ))}
              </ol>
            )}
          </Card>
        </div>

        <div className="space-y-6">
          <Card aria-labelledby="status-heading">
            <CardTitle id="status-heading">Change the status</CardTitle>
            <StatusChangeForm
              key={deliverable.version}
              projectId={project.id}
              deliverableId={deliverable.id}
              version={deliverable.version}
              isPastDue={detail.isPastDue}
              moves={detail.moves.map((move) => ({ to: move.to, label: move.label, needsComment: move.needsComment }))}
            />
          </Card>

          <Card aria-labelledby="comments-heading">
            <CardTitle id="comments-heading">Comments</CardTitle>
            {deliverable.comments.length === 0 ? (
              <p className="mb-3 text-sm text-slate-600">No comments yet.</p>
            ) : (
              <ul className="mb-4 space-y-3">
                {deliverable.comments.map((comment) => (
                  <li key={comment.id} className="text-sm">
                    <p className="text-slate-600">
                      {comment.author.name} · <time dateTime={isoDate(comment.createdAt)}>{formatDateTime(comment.createdAt)}</time>
                    </p>
                    <p className="whitespace-pre-wrap">{comment.body}</p>
                  </li>
                ))}
              </ul>
            )}
            {detail.canComment ? <CommentForm key={deliverable.comments.length} projectId={project.id} deliverableId={deliverable.id} /> : null}
          </Card>
        </div>
      </div>
    </div>
  );
}
