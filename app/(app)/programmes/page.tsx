import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { PageHeader } from "@/components/layout/page-header";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import { requireUser } from "@/lib/auth/session";
import { FUNDING_MANAGERS } from "@/lib/access/permissions";
import { findProgrammes } from "@/lib/dal/programmes";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Programmes"))("title") };
}

export default async function ProgrammesPage() {
  const t = await getTranslations("Programmes");
  const user = await requireUser();
  const programmes = await findProgrammes(user);
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("heading")}
        actions={
          FUNDING_MANAGERS.includes(user.role) ? (
            <>
              <Button asChild variant="secondary">
                <Link href="/programmes/exchange-rates">{t("exchangeRates")}</Link>
              </Button>
              <Button asChild>
                <Link href="/programmes/new">{t("new")}</Link>
              </Button>
            </>
          ) : null
        }
      />
      {programmes.length === 0 ? (
        <EmptyState title={t("none")} />
      ) : (
        <div className="rounded-lg border border-slate-200 bg-white">
          <Table caption={t("heading")}>
            <thead>
              <tr>
                <Th>{t("programme")}</Th>
                <Th>{t("code")}</Th>
                <Th>{t("managedBy")}</Th>
                <Th className="text-right">{t("calls")}</Th>
                <Th className="text-right">{t("yourProjects")}</Th>
              </tr>
            </thead>
            <tbody>
              {programmes.map((programme) => (
                <tr key={programme.id}>
                  <Td>
                    <Link href={`/programmes/${programme.id}`} className="font-medium link">
                      {programme.name}
                    </Link>
                  </Td>
                  <Td>{programme.code}</Td>
                  <Td>{programme.managedBy ?? "—"}</Td>
                  <Td className="text-right">{programme._count.calls}</Td>
                  <Td className="text-right">{programme._count.projects}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </div>
      )}
    </div>
  );
}
