import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { requireUser } from "@/lib/auth/session";
import { findDueNext } from "@/lib/dal/dashboard";
import { DueTable } from "../_components/due-table";

/** More than a person reads through; the page says when it stops there. */
const ALL_DUE_LIMIT = 500;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Dashboard"))("allDueTitle") };
}

export default async function AllDuePage() {
  const user = await requireUser();
  const [items, t, nav] = await Promise.all([
    findDueNext(user, ALL_DUE_LIMIT),
    getTranslations("Dashboard"),
    getTranslations("Nav"),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader
        crumbs={[{ href: "/dashboard", label: nav("dashboard") }]}
        title={t("allDueTitle")}
        subtitle={<p className="mt-1 text-sm text-slate-600">{t("allDueIntro")}</p>}
      />
      <Card>
        {items.length === 0 ? (
          <EmptyState title={t("nothingDue")}>{t("nothingDueHint")}</EmptyState>
        ) : (
          <DueTable items={items} caption={t("allDueTitle")} />
        )}
        {items.length === ALL_DUE_LIMIT ? (
          <p className="mt-2 text-sm text-slate-600">{t("allDueCapped", { count: ALL_DUE_LIMIT })}</p>
        ) : null}
      </Card>
    </div>
  );
}
