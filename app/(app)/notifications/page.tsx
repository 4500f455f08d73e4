import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NotificationList } from "@/components/account/notification-list";
import { PageHeader } from "@/components/layout/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { requireUser } from "@/lib/auth/session";
import { countUnreadNotifications, findNotifications, NOTIFICATIONS_PAGE_SIZE } from "@/lib/dal/notifications";
import { notificationMessage } from "@/lib/i18n/notification-message";
import { pageCountOf, ZPage } from "@/lib/validation/list-filters";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Notifications"))("title") };
}

export default async function NotificationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const page = ZPage.parse((await searchParams).page);
  const [{ total, notifications }, unread, t, labels] = await Promise.all([
    findNotifications(user, page),
    countUnreadNotifications(user),
    getTranslations("Notifications"),
    getTranslations("Labels"),
  ]);
  const pageCount = pageCountOf(total, NOTIFICATIONS_PAGE_SIZE);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      {total === 0 ? (
        <EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>
      ) : (
        <>
          <NotificationList
            hasUnread={unread > 0}
            items={notifications.map((notification) => ({
              id: notification.id,
              href: notification.href,
              createdAt: notification.createdAt,
              isUnread: notification.readAt === null,
              message: notificationMessage(t, labels, notification.kind, notification.params),
            }))}
          />
          <Pagination
            page={page}
            pageCount={pageCount}
            countLabel={t("count", { count: total })}
            query={{}}
            basePath="/notifications"
          />
        </>
      )}
    </div>
  );
}
