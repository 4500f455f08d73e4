"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/forms/action-form";
import { FieldRow, SelectField, TextField, type SelectOption } from "@/components/forms/fields";
import { enumOptions } from "@/components/forms/enum-options";
import { NetworkMembershipStatus } from "@/generated/prisma/enums";
import { saveNetworkMembershipAction } from "@/lib/actions/networks";
import { ZSaveNetworkMembershipInput, type TSaveNetworkMembershipInput } from "@/lib/validation/network";

export function MembershipForm({
  membership,
  organisations,
}: {
  membership: TSaveNetworkMembershipInput;
  organisations: SelectOption[];
}) {
  const t = useTranslations("NetworkForms");
  const labels = useTranslations("Labels");
  return (
    <ActionForm
      schema={ZSaveNetworkMembershipInput}
      action={saveNetworkMembershipAction}
      defaultValues={membership}
      submitLabel={membership.id ? t("saveMember") : t("addMember")}
      redirectTo={() => `/networks/${membership.networkId}`}
      notice={membership.id ? "saved" : "added"}
      cancelHref={`/networks/${membership.networkId}`}
    >
      <SelectField
        name="organisationId"
        label={t("organisation")}
        required
        options={organisations}
        placeholder={t("chooseOrganisation")}
      />
      <FieldRow>
        <TextField name="joinedOn" type="date" label={t("joinedOn")} />
        <SelectField
          name="status"
          label={t("status")}
          required
          options={enumOptions(NetworkMembershipStatus, (status) => labels(`membershipStatus.${status}`))}
        />
      </FieldRow>
      <TextField name="leftOn" type="date" label={t("leftOn")} hint={t("leftOnHint")} />
    </ActionForm>
  );
}
