import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { ProgrammeForm } from "@/components/programme/programme-form";
import { requireUserWithRole } from "@/lib/auth/session";
import { FUNDING_MANAGERS } from "@/lib/dal/guards";

export const metadata: Metadata = { title: "New programme" };

export default async function NewProgrammePage() {
  await requireUserWithRole(FUNDING_MANAGERS);
  return (
    <div className="space-y-6">
      <PageHeader crumbs={[{ href: "/programmes", label: "Programmes" }]} title="New funding programme" />
      <ProgrammeForm />
    </div>
  );
}
