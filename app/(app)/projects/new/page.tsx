import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { NewProjectForm } from "@/components/project/project-form";
import { requireUserWithRole } from "@/lib/auth/session";
import { FUNDING_MANAGERS } from "@/lib/access/permissions";
import { findOrganisationOptions } from "@/lib/dal/organisations";
import { findProjectFormOptions } from "@/lib/dal/projects";
import { organisationOptions } from "@/lib/format/options";
import { ZNewProjectPrefill } from "@/lib/validation/project";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Pages"))("newProject") };
}

type NewProjectPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The project form; from the partner search it opens pre-filled with the chosen call and organisations (the first
 * as lead partner), ids that are unknown are left out.
 */
export default async function NewProjectPage({ searchParams }: NewProjectPageProps) {
  const t = await getTranslations("Pages");
  await requireUserWithRole(FUNDING_MANAGERS);
  const prefill = ZNewProjectPrefill.parse(await searchParams);
  const [options, organisations] = await Promise.all([findProjectFormOptions(), findOrganisationOptions()]);
  const programme = options.programmes.find((candidate) => candidate.calls.some((call) => call.id === prefill.call));
  const known = new Set(organisations.map((organisation) => organisation.id));
  const partners = prefill.organisation.filter((id) => known.has(id));
  return (
    <div className="space-y-6">
      <PageHeader crumbs={[{ href: "/projects", section: "projects" }]} title={t("newProject")} />
      <NewProjectForm
        options={{ ...options, organisations: organisationOptions(organisations) }}
        initial={{
          programmeId: programme?.id ?? "",
          callId: programme ? (prefill.call ?? "") : "",
          partnerOrganisationIds: partners,
        }}
      />
    </div>
  );
}
