import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FUNDING_MANAGERS } from "@/lib/access/permissions";
import { requireUser } from "@/lib/auth/session";
import { findNetworks } from "@/lib/dal/networks";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Networks"))("title") };
}

export default async function NetworksPage() {
  const user = await requireUser();
  const [networks, t] = await Promise.all([findNetworks(), getTranslations("Networks")]);
  const manages = FUNDING_MANAGERS.includes(user.role);
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("title")}
        subtitle={t("intro")}
        actions={
          <>
            <Button asChild variant={manages ? "secondary" : "primary"}>
              <Link href="/networks/find-partners">{t("findPartners")}</Link>
            </Button>
            <Button asChild variant="secondary">
              <Link href="/networks/competences">{t("competences")}</Link>
            </Button>
            {manages ? (
              <Button asChild>
                <Link href="/networks/new">{t("new")}</Link>
              </Button>
            ) : null}
          </>
        }
      />
      {networks.length === 0 ? (
        <EmptyState title={t("none")}>{manages ? t("noneHint") : null}</EmptyState>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {networks.map((network) => (
            <li key={network.id}>
              <Card aria-labelledby={`network-${network.id}`} className="h-full">
                <h2 id={`network-${network.id}`} className="text-lg font-semibold">
                  <Link href={`/networks/${network.id}`} className="link">
                    {network.name}
                  </Link>
                </h2>
                <p className="mt-1 text-sm font-medium text-slate-800">
                  {t("membersFromCountries", { members: network.memberCount, countries: network.countryCount })}
                </p>
                <p className="mt-1 text-sm text-slate-700">
                  {t("coordinatedBy")}{" "}
                  {network.coordinatorOrganisation ? (
                    <Link href={`/organisations/${network.coordinatorOrganisation.id}`} className="underline">
                      {network.coordinatorOrganisation.name}
                    </Link>
                  ) : (
                    t("noCoordinator")
                  )}
                </p>
                {network.description ? (
                  <p className="mt-2 line-clamp-3 text-sm text-slate-600">{network.description}</p>
                ) : null}
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
