"use client";

import { useSearchParams } from "next/navigation";
import { FormMessage } from "@/components/ui/form-message";

/** Confirmations shown after a redirect, keyed by the `notice` query parameter. */
const NOTICES: Record<string, string> = {
  saved: "Saved.",
  created: "Created.",
  archived: "Archived.",
  restored: "Restored.",
  removed: "Removed.",
  invited: "Invitation sent.",
  deactivated: "User deactivated.",
  reactivated: "User reactivated.",
  "account-ready": "Your account is ready: sign in with your e-mail address and new password.",
};

export function FlashNotice() {
  const notice = useSearchParams().get("notice");
  const message = notice ? NOTICES[notice] : undefined;
  if (!message) return null;
  return (
    <div className="mb-4">
      <FormMessage tone="success">{message}</FormMessage>
    </div>
  );
}
