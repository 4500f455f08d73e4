"use client";

import { useWatch } from "react-hook-form";
import { ActionForm } from "@/components/forms/action-form";
import { FieldRow, SelectField, TextField, type SelectOption } from "@/components/forms/fields";
import { UserRole } from "@/generated/prisma/enums";
import { inviteUserAction } from "@/lib/actions/invitations";
import { ZInviteUserInput, type TInviteUserInput } from "@/lib/validation/user";
import { useTranslations } from "next-intl";
import { enumOptions } from "@/components/forms/enum-options";

export function InviteUserForm({
  organisations,
  projects,
}: {
  organisations: SelectOption[];
  projects: SelectOption[];
}) {
  const t = useTranslations("InviteForm");
  const labels = useTranslations("Labels");
  const defaults: TInviteUserInput = { email: "", name: "", role: "PARTNER", organisationId: "", projectId: "" };
  return (
    <ActionForm
      schema={ZInviteUserInput}
      action={inviteUserAction}
      defaultValues={defaults}
      submitLabel={t("send")}
      redirectTo={() => "/admin/users"}
      notice="invited"
      cancelHref="/admin/users"
    >
      <FieldRow>
        <TextField name="name" label={t("name")} required maxLength={120} />
        <TextField name="email" label={t("email")} type="email" required maxLength={254} />
      </FieldRow>
      <SelectField
        name="role"
        label={t("role")}
        required
        options={enumOptions(UserRole, (role) => labels(`userRole.${role}`))}
      />
      <RoleScope organisations={organisations} projects={projects} />
    </ActionForm>
  );
}

/** Partners belong to an organisation; leads and viewers are given a project. */
function RoleScope({ organisations, projects }: { organisations: SelectOption[]; projects: SelectOption[] }) {
  const t = useTranslations("InviteForm");
  const role = useWatch<TInviteUserInput, "role">({ name: "role" });
  return (
    <FieldRow>
      <SelectField
        name="organisationId"
        label={t("organisation")}
        required={role === "PARTNER"}
        placeholder={t("none")}
        options={organisations}
        hint={role === "PARTNER" ? t("organisationHint") : undefined}
      />
      <SelectField
        name="projectId"
        label={t("project")}
        required={role === "PROJECT_LEAD"}
        placeholder={t("none")}
        options={projects}
        hint={role === "PROJECT_LEAD" ? t("projectHintLead") : role === "VIEWER" ? t("projectHintViewer") : undefined}
      />
    </FieldRow>
  );
}
