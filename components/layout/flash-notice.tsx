"use client";

import { useSearchParams } from "next/navigation";
import { useMessages, useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";

/** Confirmations shown after a redirect, keyed by the `notice` query parameter (see Notices in messages/). */
export function FlashNotice() {
  const notice = useSearchParams().get("notice");
  const known = (useMessages().Notices ?? {}) as Record<string, string>;
  const t = useTranslations("Notices");
  if (!notice || !(notice in known)) return null;
  return (
    <div className="mb-4">
      <FormMessage tone="success">{t(notice)}</FormMessage>
    </div>
  );
}
