import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { DueDate } from "@/components/project/due-date";
import { DeliverableStatusBadge } from "@/components/project/status-badges";
import { Table, Td, Th } from "@/components/ui/table";
import type { DeliverableStatus } from "@/generated/prisma/enums";
import type { DueItem } from "@/lib/dal/dashboard";

/** Deliverables, milestones and report deadlines by due date, each linking to where it is dealt with. */
export function DueTable({ items, caption }: { items: DueItem[]; caption: string }) {
  const t = useTranslations("Dashboard");
  const reports = useTranslations("Reports");
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>{t("due")}</Th>
          <Th>{t("item")}</Th>
          <Th>{t("project")}</Th>
          <Th>{t("status")}</Th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={`${item.kind}-${item.id}`}>
            <Td>
              <DueDate dueDate={item.dueDate} dueMonth={item.dueMonth ?? undefined} isOverdue={item.isOverdue} />
            </Td>
            <Td>
              {item.kind === "deliverable" ? (
                <Link className="font-medium link" href={`/projects/${item.projectId}/deliverables/${item.id}`}>
                  {item.label}
                </Link>
              ) : item.kind === "report" ? (
                <Link className="font-medium link" href={`/projects/${item.projectId}/reports`}>
                  {t("reportLabel", { period: item.label })}
                </Link>
              ) : (
                <span className="font-medium">{item.label}</span>
              )}{" "}
              {item.report
                ? t("reportTitle", {
                    number: item.report.periodNumber,
                    type: reports(`deadlineType.${item.report.deadlineType}`),
                  })
                : item.title}
            </Td>
            <Td>
              <Link className="link" href={`/projects/${item.projectId}`}>
                {item.projectAcronym}
              </Link>
            </Td>
            <Td>
              {item.kind === "deliverable" ? (
                <DeliverableStatusBadge status={item.status as DeliverableStatus} />
              ) : item.kind === "report" ? (
                <span>{t("reportNotSubmitted")}</span>
              ) : (
                <span>{t("milestoneNotReached")}</span>
              )}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
