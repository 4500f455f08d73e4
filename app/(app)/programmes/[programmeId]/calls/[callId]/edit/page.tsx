import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PageHeader, programmeCrumbs } from "@/components/layout/page-header";
import { CallForm } from "@/components/programme/call-form";
import { getCallForEdit } from "@/lib/dal/calls";
import { loadProgrammeFormPage } from "@/lib/pages/programme-page";
import { toDateInput } from "@/lib/validation/common";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Pages"))("editCall") };
}

export default async function EditCallPage({ params }: { params: Promise<{ programmeId: string; callId: string }> }) {
  const t = await getTranslations("Pages");
  const { programmeId, callId } = await params;
  const { user, programme } = await loadProgrammeFormPage(programmeId);
  const call = await getCallForEdit(user, callId);
  if (!call || call.programmeId !== programme.id) notFound();
  return (
    <div className="space-y-6">
      <PageHeader crumbs={programmeCrumbs(programme)} title={t("editCallNamed", { identifier: call.identifier })} />
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
