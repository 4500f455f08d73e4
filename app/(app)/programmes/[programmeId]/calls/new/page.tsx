import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { CallForm } from "@/components/programme/call-form";
import { requireUserWithRole } from "@/lib/auth/session";
import { FUNDING_MANAGERS } from "@/lib/dal/guards";
import { getProgrammeForEdit } from "@/lib/dal/programmes";

export const metadata: Metadata = { title: "New call" };

export default async function NewCallPage({ params }: { params: Promise<{ programmeId: string }> }) {
  const user = await requireUserWithRole(FUNDING_MANAGERS);
  const programme = await getProgrammeForEdit(user, (await params).programmeId);
  if (!programme) notFound();
  return (
    <div className="space-y-6">
      <PageHeader
        crumbs={[
          { href: "/programmes", label: "Programmes" },
          { href: `/programmes/${programme.id}`, label: programme.code },
        ]}
        title={`New call of ${programme.name}`}
      />
      <CallForm
        currency={programme.currency}
        call={{ programmeId: programme.id, identifier: "", title: "", opensOn: "", closesOn: "", budget: "" }}
      />
    </div>
  );
}
