import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { DueDate } from "@/components/project/due-date";
import { DeliverableStatusBadge } from "@/components/project/status-badges";
import { Card, CardHeading } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { RecordTable } from "@/components/ui/record-table";
import { DeliverableStatus } from "@/generated/prisma/enums";
import type { ProjectDetail } from "@/lib/dal/projects";

const DELIVERABLE_STATUSES = Object.values(DeliverableStatus);

export async function DeliverablesSection({
  project,
  canPlan,
}: {
  project: ProjectDetail["project"];
  canPlan: boolean;
}) {
  const [t, labels] = await Promise.all([getTranslations("Project"), getTranslations("Labels")]);
  // A large project shows the next open deliverables and its counts by status, with links to the full list.
  const summary = project.deliverableSummary;
  return (
    <Card aria-labelledby="deliverables-heading">
      <CardHeading
        id="deliverables-heading"
        title={t("deliverables")}
        actionHref={canPlan ? `/projects/${project.id}/deliverables/new` : null}
        actionLabel={t("addDeliverable")}
      />
      {summary ? (
        <div className="mb-4 space-y-2 text-sm">
          <p>
            {t("deliverablesSummary", { count: summary.total })}{" "}
            <Link href={`/projects/${project.id}/deliverables`} className="font-medium link">
              {t("allDeliverables", { count: summary.total })}
            </Link>
          </p>
          <ul aria-label={t("deliverablesByStatus")} className="flex flex-wrap gap-x-4 gap-y-1">
            {DELIVERABLE_STATUSES.filter((status) => summary.byStatus[status]).map((status) => (
              <li key={status}>
                <Link href={`/projects/${project.id}/deliverables?status=${status}`} className="link">
                  {labels(`deliverableStatus.${status}`)}: {summary.byStatus[status]}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {project.deliverables.length === 0 ? (
        <EmptyState title={summary ? t("noOpenDeliverables") : t("noDeliverables")} />
      ) : (
        <RecordTable
          caption={summary ? t("nextOpenDeliverables") : t("deliverables")}
          rows={project.deliverables}
          columns={[
            {
              header: t("number"),
              cell: (deliverable) => (
                <Link href={`/projects/${project.id}/deliverables/${deliverable.id}`} className="font-medium link">
                  {deliverable.number}
                </Link>
              ),
            },
            { header: t("title"), cell: (deliverable) => deliverable.title },
            { header: t("wp"), cell: (deliverable) => `WP${deliverable.workPackage.number}` },
            { header: t("responsible"), cell: (deliverable) => deliverable.responsiblePartner.organisation.name },
            {
              header: t("type"),
              cell: (deliverable) => (
                <abbr title={labels(`deliverableType.${deliverable.type}`)}>{deliverable.type}</abbr>
              ),
            },
            {
              header: t("dissemination"),
              cell: (deliverable) => (
                <abbr title={labels(`dissemination.${deliverable.dissemination}`)}>{deliverable.dissemination}</abbr>
              ),
            },
            {
              header: t("due"),
              cell: (deliverable) => (
                <DueDate
                  dueDate={deliverable.dueDate}
                  dueMonth={deliverable.dueMonth}
                  isOverdue={deliverable.isOverdue}
                />
              ),
            },
            { header: t("status"), cell: (deliverable) => <DeliverableStatusBadge status={deliverable.status} /> },
          ]}
        />
      )}
    </Card>
  );
}
