"use client";

import { ActionForm } from "@/components/forms/action-form";
import { TextareaField } from "@/components/forms/fields";
import { addDeliverableCommentAction } from "@/lib/actions/deliverables";
import { ZAddDeliverableCommentInput } from "@/lib/validation/deliverable";
import { useTranslations } from "next-intl";

export function CommentForm({ projectId, deliverableId }: { projectId: string; deliverableId: string }) {
  const t = useTranslations("StatusChange");
  return (
    <ActionForm
      schema={ZAddDeliverableCommentInput}
      action={addDeliverableCommentAction}
      defaultValues={{ projectId, deliverableId, body: "" }}
      submitLabel={t("addComment")}
      redirectTo={() => `/projects/${projectId}/deliverables/${deliverableId}`}
    >
      <TextareaField name="body" label={t("newComment")} required maxLength={4000} />
    </ActionForm>
  );
}
