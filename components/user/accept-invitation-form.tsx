"use client";

import { ActionForm } from "@/components/forms/action-form";
import { TextField } from "@/components/forms/fields";
import { acceptInvitationAction } from "@/lib/actions/invitations";
import { MIN_PASSWORD_LENGTH, ZAcceptInvitationInput } from "@/lib/validation/user";
import { useTranslations } from "next-intl";

export function AcceptInvitationForm({ token }: { token: string }) {
  const t = useTranslations("Invitation");
  return (
    <ActionForm
      schema={ZAcceptInvitationInput}
      action={acceptInvitationAction}
      defaultValues={{ token, password: "", confirmPassword: "" }}
      submitLabel={t("create")}
      redirectTo={() => "/login"}
      notice="account-ready"
    >
      <TextField
        name="password"
        label={t("password")}
        type="password"
        required
        autoComplete="new-password"
        hint={t("passwordHint", { min: MIN_PASSWORD_LENGTH })}
      />
      <TextField name="confirmPassword" label={t("repeat")} type="password" required autoComplete="new-password" />
    </ActionForm>
  );
}
