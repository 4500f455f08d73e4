"use client";

import { ActionForm } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/fields";
import { acceptInvitationAction } from "@/lib/actions/user";
import { MIN_PASSWORD_LENGTH, ZAcceptInvitationInput } from "@/lib/validation/user";

export function AcceptInvitationForm({ token }: { token: string }) {
  return (
    <ActionForm
      schema={ZAcceptInvitationInput}
      action={acceptInvitationAction}
      defaultValues={{ token, password: "", confirmPassword: "" }}
      submitLabel="Create my account"
      redirectTo={() => "/login"}
      notice="account-ready"
    >
      <TextField name="password" label="Password" type="password" required autoComplete="new-password" hint={`At least ${MIN_PASSWORD_LENGTH} characters.`} />
      <TextField name="confirmPassword" label="Repeat the password" type="password" required autoComplete="new-password" />
    </ActionForm>
  );
}
