import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { CallForm } from "@/components/programme/call-form";
import { requireUserWithRole } from "@/lib/auth/session";
import { FUNDING_MANAGERS } from "@/lib/access/permissions";
import { getCallForEdit } from "@/lib/dal/calls";
import { getProgrammeForEdit } from "@/lib/dal/programmes";
import { toDateInput } from "@/lib/validation/common";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Pages"))("editCall") };
}

export default async function EditCallPage({ params }: { params: Promise<{ programmeId: string; callId: string }> }) {
  const t = await getTranslations("Pages");
  const user = await requireUserWithRole(FUNDING_MANAGERS);
  const { programmeId, callId } = await params;
  const [programme, call] = await Promise.all([getProgrammeForEdit(user, programmeId), getCallForEdit(user, callId)]);
  if (!programme || !call || call.programmeId !== programme.id) notFound();
  return (
    <div className="space-y-6">
      <PageHeader
        crumbs={[
          { href: "/programmes", section: "programmes" },
          { href: `/programmes/${programme.id}`, label: programme.code },
        ]}
        title={t("editCallNamed", { identifier: call.identifier })}
      />
      <CallForm
        currency={programme.currency}
        call={{
          ...call,
          opensOn: toDateInput(call.opensOn),
          closesOn: toDateInput(call.closesOn),
          budget: call.budget?.toString() ?? "",
        }}
      />
    </div>
  );
}
