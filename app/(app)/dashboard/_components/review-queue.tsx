import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import type { ReviewItem } from "@/lib/dal/review-queue";
import { isoDate } from "@/lib/format/display";
import { useDisplay } from "@/lib/i18n/use-display";

const linkClass = "font-medium link";

/** What waits for the lead: submitted reports, deliverables in review and reports past due, oldest first. */
export function ReviewQueue({ items, total }: { items: ReviewItem[]; total: number }) {
  const t = useTranslations("Dashboard");
  const display = useDisplay();
  return (
    <Card aria-labelledby="review-heading">
      <CardTitle id="review-heading">{t("needsReview")}</CardTitle>
      {items.length === 0 ? (
        <EmptyState title={t("nothingToReview")}>{t("nothingToReviewHint")}</EmptyState>
      ) : (
        <>
          <Table caption={t("reviewCaption")}>
            <thead>
              <tr>
                <Th>{t("waitingSince")}</Th>
                <Th>{t("item")}</Th>
                <Th>{t("project")}</Th>
                <Th>{t("whatToDo")}</Th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.kind === "missingReports" ? `${item.projectId}-P${item.periodNumber}` : item.id}>
                  <Td>
                    <time dateTime={isoDate(item.since)}>{display.date(item.since)}</time>
                  </Td>
                  <Td>
                    <ReviewItemLink item={item} />
                  </Td>
                  <Td>
                    <Link className="link" href={`/projects/${item.projectId}`}>
                      {item.projectAcronym}
                    </Link>
                  </Td>
                  <Td>
                    {item.kind === "report" ? (
                      <Badge tone="info" icon="inbox">
                        {t("reviewReport")}
                      </Badge>
                    ) : item.kind === "deliverable" ? (
                      <Badge tone="warning" icon="eye">
                        {t("reviewDeliverable")}
                      </Badge>
                    ) : (
                      <Badge tone="danger" icon="triangle-alert">
                        {t("reportMissing")}
                      </Badge>
                    )}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
          {total > items.length ? (
            <p className="mt-2 text-sm text-slate-600">{t("reviewMore", { shown: items.length, total })}</p>
          ) : null}
        </>
      )}
    </Card>
  );
}

function ReviewItemLink({ item }: { item: ReviewItem }) {
  const t = useTranslations("Dashboard");
  if (item.kind === "deliverable")
    return (
      <>
        <Link className={linkClass} href={`/projects/${item.projectId}/deliverables/${item.id}`}>
          {item.number}
        </Link>{" "}
        {item.title}
      </>
    );
  if (item.kind === "report")
    return (
      <Link className={linkClass} href={`/projects/${item.projectId}/reports/${item.id}`}>
        {t("partnerReport", { period: item.periodNumber, partner: `PP${item.partner.number} ${item.partner.name}` })}
      </Link>
    );
  return (
    <>
      <Link className={linkClass} href={`/projects/${item.projectId}/reports`}>
        {t("missingReports", { period: item.periodNumber, count: item.partners.length })}
      </Link>
      <span className="block text-xs text-slate-600">
        {item.partners.map((partner) => `PP${partner.number} ${partner.name}`).join(", ")}
      </span>
    </>
  );
}
