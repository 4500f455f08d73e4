"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { SelectField, TextareaField, TextField, type SelectOption } from "@/components/forms/fields";
import { saveNetworkAction } from "@/lib/actions/networks";
import { ZSaveNetworkInput, type TSaveNetworkInput } from "@/lib/validation/network";

const EMPTY: TSaveNetworkInput = { name: "", description: "", coordinatorOrganisationId: "" };

export function NetworkForm({
  network,
  organisations,
}: {
  network?: TSaveNetworkInput;
  organisations: SelectOption[];
}) {
  const t = useTranslations("NetworkForms");
  return (
    <ActionForm
      schema={ZSaveNetworkInput}
      action={saveNetworkAction}
      defaultValues={network ?? EMPTY}
      submitLabel={network?.id ? t("save") : t("create")}
      redirectTo={({ id }) => `/networks/${id}`}
      notice={network?.id ? "saved" : "created"}
      cancelHref={network?.id ? `/networks/${network.id}` : "/networks"}
    >
      <TextField name="name" label={t("name")} required maxLength={200} />
      <SelectField
        name="coordinatorOrganisationId"
        label={t("coordinator")}
        options={organisations}
        placeholder={t("noCoordinator")}
      />
      <TextareaField name="description" label={t("description")} rows={4} maxLength={4000} />
    </ActionForm>
  );
}
