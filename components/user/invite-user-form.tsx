"use client";

import { useWatch } from "react-hook-form";
import { ActionForm } from "@/components/forms/action-form";
import { FieldRow, SelectField, TextField, type SelectOption } from "@/components/forms/fields";
import { UserRole } from "@/generated/prisma/enums";
import { inviteUserAction } from "@/lib/actions/user";
import { USER_ROLE_LABELS } from "@/lib/format/labels";
import { ZInviteUserInput, type TInviteUserInput } from "@/lib/validation/user";

const ROLE_OPTIONS = Object.values(UserRole).map((role) => ({ value: role, label: USER_ROLE_LABELS[role] }));

export function InviteUserForm({ organisations, projects }: { organisations: SelectOption[]; projects: SelectOption[] }) {
  const defaults: TInviteUserInput = { email: "", name: "", role: "PARTNER", organisationId: "", projectId: "" };
  return (
    <ActionForm
      schema={ZInviteUserInput}
      action={inviteUserAction}
      defaultValues={defaults}
      submitLabel="Send invitation"
      redirectTo={() => "/admin/users"}
      notice="invited"
      cancelHref="/admin/users"
    >
      <FieldRow>
        <TextField name="name" label="Name" required maxLength={120} />
        <TextField name="email" label="E-mail" type="email" required maxLength={254} />
      </FieldRow>
      <SelectField name="role" label="Role" required options={ROLE_OPTIONS} />
      <RoleScope organisations={organisations} projects={projects} />
    </ActionForm>
  );
}

/** Partners belong to an organisation; leads and viewers are given a project. */
function RoleScope({ organisations, projects }: { organisations: SelectOption[]; projects: SelectOption[] }) {
  const role = useWatch<TInviteUserInput, "role">({ name: "role" });
  return (
    <FieldRow>
      <SelectField
        name="organisationId"
        label="Organisation"
        required={role === "PARTNER"}
        placeholder="None"
        options={organisations}
        hint={role === "PARTNER" ? "The partner acts only for this organisation." : undefined}
      />
      <SelectField
        name="projectId"
        label="Project"
        required={role === "PROJECT_LEAD"}
        placeholder="None"
        options={projects}
        hint={role === "PROJECT_LEAD" ? "The project this person leads." : role === "VIEWER" ? "The project this person may read." : undefined}
      />
    </FieldRow>
  );
}
