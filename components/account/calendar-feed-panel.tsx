"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { useServerAction } from "@/components/forms/use-server-action";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { removeCalendarFeedAction, replaceCalendarFeedAction } from "@/lib/actions/account";

/** Creates, replaces or turns off the personal feed. A new address is shown once, here, to be copied. */
export function CalendarFeedPanel({ hasFeed }: { hasFeed: boolean }) {
  const t = useTranslations("Account");
  const [url, setUrl] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);

  const showNewAddress = (feed: { url: string }) => {
    setCopied(false);
    setUrl(feed.url);
  };
  // The address is shown once, here: refreshing the page would lose it.
  const { run, error, isPending } = useServerAction(replaceCalendarFeedAction, {
    onSuccess: showNewAddress,
    refresh: false,
  });
  const create = () => run({});

  /** A new address in place of the old one; the confirm dialog reports a refusal itself. */
  const replace = async () => {
    const result = await replaceCalendarFeedAction({});
    if (result.ok) showNewAddress(result.data);
    return result;
  };

  const copy = async () => {
    await navigator.clipboard.writeText(url ?? "");
    setCopied(true);
  };

  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-700">{t("calendarIntro")}</p>
      {error ? <FormMessage tone="error">{error}</FormMessage> : null}
      {url ? (
        <div className="space-y-1">
          <Label htmlFor="calendar-feed-url">{t("calendarNew")}</Label>
          <div className="flex flex-wrap gap-2">
            <Input
              id="calendar-feed-url"
              readOnly
              value={url}
              aria-describedby="calendar-feed-hint"
              className="min-w-0 flex-1 font-mono text-xs"
              onFocus={(event) => event.currentTarget.select()}
            />
            <Button variant="secondary" onClick={copy}>
              {t("copy")}
            </Button>
          </div>
          <p id="calendar-feed-hint" className="text-sm text-slate-600" role="status">
            {copied ? t("copied") : t("calendarNewHint")}
          </p>
        </div>
      ) : (
        <p className="text-sm">{hasFeed ? t("calendarActive") : t("calendarNone")}</p>
      )}
      <div className="flex flex-wrap gap-2">
        {hasFeed || url ? (
          <>
            <ConfirmActionButton
              label={t("calendarReplace")}
              title={t("calendarReplaceTitle")}
              description={t("calendarReplaceDescription")}
              confirmLabel={t("calendarReplace")}
              action={replace}
              stayOnPage
            />
            <ConfirmActionButton
              label={t("calendarRemove")}
              title={t("calendarRemoveTitle")}
              description={t("calendarRemoveDescription")}
              confirmLabel={t("calendarRemove")}
              action={() => removeCalendarFeedAction({})}
              redirectTo="/account"
              notice="feed-removed"
              variant="ghost"
            />
          </>
        ) : (
          <Button onClick={create} disabled={isPending}>
            {t("calendarCreate")}
          </Button>
        )}
      </div>
    </div>
  );
}
