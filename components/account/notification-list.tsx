"use client";

import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { useServerAction } from "@/components/forms/use-server-action";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { markNotificationsReadAction } from "@/lib/actions/account";
import { useDisplay } from "@/lib/i18n/use-display";

export type NotificationItem = { id: string; message: string; href: string; createdAt: Date; isUnread: boolean };

export function NotificationList({ items, hasUnread }: { items: NotificationItem[]; hasUnread: boolean }) {
  const t = useTranslations("Notifications");
  const display = useDisplay();
  const { run: mark, error, isPending } = useServerAction(markNotificationsReadAction);

  return (
    <div className="space-y-3">
      {error ? <FormMessage tone="error">{error}</FormMessage> : null}
      {hasUnread ? (
        <Button variant="secondary" onClick={() => mark({ all: true })} disabled={isPending}>
          {t("markAllRead")}
        </Button>
      ) : null}
      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
        {items.map((item) => (
          <li
            key={item.id}
            className={
              item.isUnread
                ? "flex flex-wrap items-center gap-3 border-l-4 border-brand-600 p-3"
                : "flex flex-wrap items-center gap-3 p-3"
            }
          >
            <span
              className={
                item.isUnread
                  ? "rounded bg-brand-100 px-2 py-0.5 text-xs font-semibold text-brand-800"
                  : "rounded bg-slate-100 px-2 py-0.5 text-xs text-slate-600"
              }
            >
              {item.isUnread ? t("unread") : t("read")}
            </span>
            <div className="min-w-0 flex-1">
              <Link href={item.href} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                {item.message}
              </Link>
              <p className="text-xs text-slate-600">
                <time dateTime={item.createdAt.toISOString()}>{display.dateTime(item.createdAt)}</time>
              </p>
            </div>
            {item.isUnread ? (
              <Button
                variant="ghost"
                onClick={() => mark({ ids: [item.id] })}
                disabled={isPending}
                aria-label={`${t("markRead")}: ${item.message}`}
              >
                {t("markRead")}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
