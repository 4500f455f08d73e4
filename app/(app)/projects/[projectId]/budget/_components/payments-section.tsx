import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { RecordTable } from "@/components/ui/record-table";
import { deletePaymentAction } from "@/lib/actions/payments";
import { getDisplay } from "@/lib/i18n/display";
import { moneyOf, type ProjectBudget } from "./budget-data";

/** The programme's payments to the project, planned and received; shown only to those who read all funding. */
export async function PaymentsSection({ budget }: { budget: ProjectBudget }) {
  const [t, common, labels, display] = await Promise.all([
    getTranslations("Budget"),
    getTranslations("Common"),
    getTranslations("Labels"),
    getDisplay(),
  ]);
  const { project, payments, permissions } = budget;
  const money = moneyOf(display, project.currency);
  return (
    <Card aria-labelledby="payments-heading">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <CardTitle id="payments-heading">{t("payments")}</CardTitle>
        <div className="flex flex-wrap gap-2">
          {permissions.canEdit ? (
            <Button asChild variant="secondary">
              <Link href={`/projects/${project.id}/budget/payments/new`}>{t("addPayment")}</Link>
            </Button>
          ) : null}
          <Button asChild variant="secondary">
            <a href={`/projects/${project.id}/export?data=payments`} download>
              {t("exportPayments")}
            </a>
          </Button>
          <Button asChild variant="secondary">
            <a href={`/projects/${project.id}/export?data=payments&format=xlsx`} download>
              {t("exportPaymentsXlsx")}
            </a>
          </Button>
        </div>
      </div>
      {payments.length === 0 ? (
        <EmptyState title={t("noPayments")} />
      ) : (
        <RecordTable
          caption={t("payments")}
          rows={payments}
          columns={[
            { header: t("kind"), cell: (payment) => labels(`paymentKind.${payment.kind}`) },
            { header: t("period"), cell: (payment) => (payment.period ? `P${payment.period.number}` : "—") },
            { header: t("planned"), cell: (payment) => display.date(payment.plannedDate) },
            { header: t("plannedAmount"), className: "text-right", cell: (payment) => money(payment.plannedAmount) },
            {
              header: t("received"),
              cell: (payment) => (payment.receivedDate ? display.date(payment.receivedDate) : t("notYet")),
            },
            {
              header: t("receivedAmount"),
              className: "text-right",
              cell: (payment) => (payment.receivedAmount ? money(payment.receivedAmount) : "—"),
            },
          ]}
          actionsHeader={t("actions")}
          actions={
            permissions.canEdit
              ? (payment) => (
                  <div className="flex gap-2">
                    <Button asChild variant="secondary">
                      <Link
                        href={`/projects/${project.id}/budget/payments/${payment.id}/edit`}
                        aria-label={t("editPayment", {
                          kind: labels(`paymentKind.${payment.kind}`).toLowerCase(),
                          date: display.date(payment.plannedDate),
                        })}
                      >
                        {common("edit")}
                      </Link>
                    </Button>
                    {/* A received payment is history: it can be corrected, not deleted. */}
                    {payment.receivedDate ? null : (
                      <ConfirmActionButton
                        label={common("delete")}
                        title={t("deletePaymentTitle")}
                        description={t("deletePaymentDescription")}
                        confirmLabel={common("delete")}
                        action={deletePaymentAction.bind(null, { projectId: project.id, id: payment.id })}
                        notice="removed"
                      />
                    )}
                  </div>
                )
              : null
          }
        />
      )}
    </Card>
  );
}
