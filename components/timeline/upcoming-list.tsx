import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import { useDisplay } from "@/lib/i18n/use-display";
import type { UpcomingItem } from "@/lib/timeline/cash-flow";

/** Payments expected and report deadlines of the next 90 days, soonest first, each linked to where it is handled. */
export function UpcomingList({ items }: { items: UpcomingItem[] }) {
  const t = useTranslations("Portfolio");
  const labels = useTranslations("Labels");
  const display = useDisplay();
  if (items.length === 0) return <EmptyState title={t("upcomingNone")} />;
  return (
    <Table caption={t("upcomingHeading")}>
      <thead>
        <tr>
          <Th>{t("upcomingDate")}</Th>
          <Th>{t("project")}</Th>
          <Th>{t("upcomingWhat")}</Th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={`${item.kind}-${item.id}`}>
            <Td className="whitespace-nowrap">{display.date(item.date)}</Td>
            <Td>{item.acronym}</Td>
            <Td>
              {item.kind === "payment" ? (
                <Link href={`/projects/${item.projectId}/budget#payments-heading`} className="link">
                  {t("upcomingPayment", {
                    kind: labels(`paymentKind.${item.paymentKind}` as never),
                    amount: display.money(item.amount, item.currency),
                  })}
                </Link>
              ) : (
                <Link href={`/projects/${item.projectId}/reports`} className="link">
                  {t("upcomingDeadline", { period: `P${item.period}` })}
                </Link>
              )}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
