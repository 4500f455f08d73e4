"use client";

import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { setUserActiveAction } from "@/lib/actions/users";
import { useTranslations } from "next-intl";

export function UserActiveButton({ userId, name, isActive }: { userId: string; name: string; isActive: boolean }) {
  const t = useTranslations("Users");
  return isActive ? (
    <ConfirmActionButton
      label={t("deactivate")}
      title={t("deactivateTitle", { name })}
      description={t("deactivateDescription")}
      confirmLabel={t("deactivate")}
      action={() => setUserActiveAction({ userId, isActive: false })}
      notice="deactivated"
    />
  ) : (
    <ConfirmActionButton
      label={t("reactivate")}
      title={t("reactivateTitle", { name })}
      description={t("reactivateDescription")}
      confirmLabel={t("reactivate")}
      action={() => setUserActiveAction({ userId, isActive: true })}
      notice="reactivated"
    />
  );
}
