"use client";

import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { setUserActiveAction } from "@/lib/actions/user";

export function UserActiveButton({ userId, name, isActive }: { userId: string; name: string; isActive: boolean }) {
  return isActive ? (
    <ConfirmActionButton
      label="Deactivate"
      title={`Deactivate ${name}?`}
      description="They are signed out at once and can no longer sign in. Their history stays; you can reactivate them later."
      confirmLabel="Deactivate"
      action={() => setUserActiveAction({ userId, isActive: false })}
      notice="deactivated"
    />
  ) : (
    <ConfirmActionButton
      label="Reactivate"
      title={`Reactivate ${name}?`}
      description="They can sign in again with their password."
      confirmLabel="Reactivate"
      action={() => setUserActiveAction({ userId, isActive: true })}
      notice="reactivated"
    />
  );
}
