import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { RowActions, RowActionsScope } from "@/components/project/row-actions";
import { Card, CardHeading } from "@/components/ui/card";
import { RecordTable } from "@/components/ui/record-table";
import { removePartnerAction } from "@/lib/actions/partners";
import type { ProjectDetail } from "@/lib/dal/projects";
import { getDisplay } from "@/lib/i18n/display";

/** The consortium: every partner with its budget share where the reader may see it. */
export async function PartnersSection({
  project,
  canManage,
}: {
  project: ProjectDetail["project"];
  canManage: boolean;
}) {
  const [t, labels, display] = await Promise.all([getTranslations("Project"), getTranslations("Labels"), getDisplay()]);
  return (
    <Card aria-labelledby="partners-heading">
      <CardHeading
        id="partners-heading"
        title={t("partners")}
        actionHref={canManage ? `/projects/${project.id}/partners/new` : null}
        actionLabel={t("addPartner")}
      />
      <RowActionsScope
        kind={
          canManage
            ? {
                projectId: project.id,
                folder: "partners",
                deleteAction: removePartnerAction,
                deleteLabel: t("remove"),
                deleteDescription: t("removePartnerDescription"),
              }
            : null
        }
      >
        <RecordTable
          caption={t("partners")}
          rows={project.partners}
          columns={[
            { header: t("number"), cell: (partner) => `PP${partner.partnerNumber}` },
            {
              header: t("organisation"),
              cell: (partner) => (
                <Link href={`/organisations/${partner.organisation.id}`} className="link">
                  {partner.organisation.name}
                </Link>
              ),
            },
            { header: t("country"), cell: (partner) => display.country(partner.organisation.country) },
            { header: t("type"), cell: (partner) => labels(`organisationType.${partner.organisation.type}`) },
            { header: t("role"), cell: (partner) => labels(`partnerRole.${partner.role}`) },
            {
              header: t("budget"),
              className: "text-right",
              cell: (partner) =>
                partner.budgetAmount === null ? (
                  <span className="text-slate-500">{t("notShown")}</span>
                ) : (
                  display.money(partner.budgetAmount, project.currency)
                ),
            },
          ]}
          actionsHeader={t("actions")}
          actions={
            canManage
              ? (partner) => (
                  <RowActions id={partner.id} itemLabel={`PP${partner.partnerNumber} ${partner.organisation.name}`} />
                )
              : null
          }
        />
      </RowActionsScope>
    </Card>
  );
}
