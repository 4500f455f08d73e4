import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { CallForm } from "@/components/programme/call-form";
import { requireUserWithRole } from "@/lib/auth/session";
import { FUNDING_MANAGERS } from "@/lib/access/permissions";
import { getProgrammeForEdit } from "@/lib/dal/programmes";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Pages"))("newCall") };
}

export default async function NewCallPage({ params }: { params: Promise<{ programmeId: string }> }) {
  const t = await getTranslations("Pages");
  const user = await requireUserWithRole(FUNDING_MANAGERS);
  const programme = await getProgrammeForEdit(user, (await params).programmeId);
  if (!programme) notFound();
  return (
    <div className="space-y-6">
      <PageHeader
        crumbs={[
          { href: "/programmes", section: "programmes" },
          { href: `/programmes/${programme.id}`, label: programme.code },
        ]}
        title={t("newCallOf", { name: programme.name })}
      />
      <CallForm
        currency={programme.currency}
        call={{ programmeId: programme.id, identifier: "", title: "", opensOn: "", closesOn: "", budget: "" }}
      />
    </div>
  );
}
