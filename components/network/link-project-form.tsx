"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { SelectField, type SelectOption } from "@/components/forms/fields";
import { linkNetworkProjectAction } from "@/lib/actions/networks";
import { ZNetworkProjectInput } from "@/lib/validation/network";

/** Links a project to the network by hand: one whose partners are not mostly members, say. */
export function LinkProjectForm({ networkId, projects }: { networkId: string; projects: SelectOption[] }) {
  const t = useTranslations("NetworkForms");
  return (
    <ActionForm
      schema={ZNetworkProjectInput}
      action={linkNetworkProjectAction}
      defaultValues={{ networkId, projectId: "" }}
      submitLabel={t("linkProject")}
      redirectTo={() => `/networks/${networkId}`}
      notice="saved"
    >
      <SelectField name="projectId" label={t("project")} required options={projects} placeholder={t("chooseProject")} />
    </ActionForm>
  );
}
