"use client";

import { ActionForm } from "@/components/forms/action-form";
import { TextareaField } from "@/components/forms/fields";
import { addDeliverableCommentAction } from "@/lib/actions/deliverable";
import { ZAddDeliverableCommentInput } from "@/lib/validation/deliverable";

export function CommentForm({ projectId, deliverableId }: { projectId: string; deliverableId: string }) {
  return (
    <ActionForm
      schema={ZAddDeliverableCommentInput}
      action={addDeliverableCommentAction}
      defaultValues={{ projectId, deliverableId, body: "" }}
      submitLabel="Add comment"
      redirectTo={() => `/projects/${projectId}/deliverables/${deliverableId}`}
    >
      <TextareaField name="body" label="New comment" required maxLength={4000} />
    </ActionForm>
  );
}
