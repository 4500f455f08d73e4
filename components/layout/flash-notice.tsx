"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useMessages, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { FormMessage } from "@/components/ui/form-message";

type Shown = { text: string; pathname: string };

const SUBJECT = /^[\p{L}\p{N}][\p{L}\p{N} .\-–_/&()]{0,39}$/u;

/**
 * Confirmations shown after a redirect, keyed by the `notice` query parameter (see Notices in messages/) and naming
 * its `subject` where given ("D3.4 added."). The parameters leave the address at once, so that a reload or a shared
 * link does not repeat them; the message stays until the person does something else (submits, presses a button) or
 * leaves the page.
 */
export function FlashNotice() {
  const params = useSearchParams();
  const pathname = usePathname();
  const known = (useMessages().Notices ?? {}) as Record<string, string>;
  const t = useTranslations("Notices");
  const [shown, setShown] = useState<Shown | null>(null);

  const notice = params.get("notice");
  // A record's short name only (D3.4, WP2, an acronym): a link cannot put a sentence of its own in the message.
  const subject = params.get("subject") ?? "";
  const named = SUBJECT.test(subject) ? subject : null;
  const incoming =
    notice && notice in known
      ? named && `${notice}Named` in known
        ? t(`${notice}Named`, { subject: named })
        : t(notice)
      : null;
  if (incoming && (incoming !== shown?.text || pathname !== shown.pathname)) setShown({ text: incoming, pathname });

  useEffect(() => {
    if (!notice) return;
    const url = new URL(window.location.href);
    url.searchParams.delete("notice");
    url.searchParams.delete("subject");
    window.history.replaceState(window.history.state, "", url);
  }, [notice]);

  useEffect(() => {
    if (!shown) return;
    const dismiss = (event: Event) => {
      if (event.type === "submit" || (event.target as Element | null)?.closest?.("button")) setShown(null);
    };
    document.addEventListener("submit", dismiss, true);
    document.addEventListener("click", dismiss, true);
    return () => {
      document.removeEventListener("submit", dismiss, true);
      document.removeEventListener("click", dismiss, true);
    };
  }, [shown]);

  if (!shown || shown.pathname !== pathname) return null;
  return (
    <div className="mb-4">
      <FormMessage tone="success">{shown.text}</FormMessage>
    </div>
  );
}
