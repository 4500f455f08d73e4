"use client";

import { Link } from "@/components/ui/link";
import { useState } from "react";
import { FormProvider, useForm, useWatch } from "react-hook-form";
import { useSchemaResolver } from "@/components/forms/use-schema-resolver";
import { SelectField, TextField } from "@/components/forms/fields";
import { useServerAction } from "@/components/forms/use-server-action";
import { DueDate } from "@/components/project/due-date";
import { DeliverableStatusBadge } from "@/components/project/deliverable-status-badge";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { Table, Td, Th } from "@/components/ui/table";
import { DeliverableStatus } from "@/generated/prisma/enums";
import { bulkChangeDeliverableStatusAction } from "@/lib/actions/deliverables";
import { ZBulkChangeStatusInput, type TBulkChangeStatusInput } from "@/lib/validation/deliverable";
import { useTranslations } from "next-intl";
import { enumOptions } from "@/components/forms/enum-options";

export type DeliverableListRow = {
  id: string;
  number: string;
  title: string;
  status: DeliverableStatus;
  dueMonth: number;
  dueDate: Date;
  isOverdue: boolean;
  partnerName: string;
  workPackageId: string;
};

type WorkPackageHeading = { id: string; number: number; title: string };

/**
 * The deliverables grouped by work package, with check boxes for a status change of several at once
 * (applied all or nothing on the server). It receives what it shows and no more: each work package's heading once,
 * not on every row; whether the reader may move any of them, not each one's moves.
 */
export function DeliverableList({
  projectId,
  rows,
  workPackages,
  canBulk,
}: {
  projectId: string;
  rows: DeliverableListRow[];
  workPackages: WorkPackageHeading[];
  canBulk: boolean;
}) {
  const t = useTranslations("DeliverableList");
  const labels = useTranslations("Labels");
  const [changed, setChanged] = useState<string | null>(null);
  const form = useForm<TBulkChangeStatusInput>({
    resolver: useSchemaResolver(ZBulkChangeStatusInput, { raw: true }),
    defaultValues: { projectId, deliverableIds: [], comment: "", lateJustification: "" },
  });
  const { handleSubmit, setValue, reset, control, formState } = form;
  const selected = new Set(useWatch({ control, name: "deliverableIds" }));
  const { execute, error } = useServerAction(bulkChangeDeliverableStatusAction);
  const apply = handleSubmit(async (values) => {
    setChanged(null);
    const result = await execute(values);
    if (!result.ok) return;
    setChanged(t("changed", { count: result.data.count, status: labels(`deliverableStatus.${values.toStatus}`) }));
    reset({ ...values, deliverableIds: [], comment: "", lateJustification: "" });
  });

  const groups = new Map<string, { workPackage: WorkPackageHeading; rows: DeliverableListRow[] }>();
  for (const workPackage of workPackages) groups.set(workPackage.id, { workPackage, rows: [] });
  for (const row of rows) groups.get(row.workPackageId)?.rows.push(row);
  const orderedGroups = [...groups.values()]
    .filter((group) => group.rows.length > 0)
    .sort((a, b) => a.workPackage.number - b.workPackage.number);

  const toggle = (id: string) =>
    setValue("deliverableIds", selected.has(id) ? [...selected].filter((other) => other !== id) : [...selected, id], {
      shouldValidate: formState.isSubmitted,
    });

  return (
    <div className="space-y-4">
      {error ? <FormMessage tone="error">{t("nothingChanged", { reason: error })}</FormMessage> : null}
      {changed ? <FormMessage tone="success">{changed}</FormMessage> : null}
      {canBulk ? (
        <FormProvider {...form}>
          <form onSubmit={apply} noValidate className="no-print">
            <fieldset className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-4">
              <legend className="px-1 text-sm font-semibold">{t("legend", { count: selected.size })}</legend>
              <SelectField
                name="toStatus"
                label={t("newStatus")}
                placeholder={t("chooseAStatus")}
                options={enumOptions(DeliverableStatus, (status) => labels(`deliverableStatus.${status}`))}
              />
              <TextField name="comment" label={t("comment")} maxLength={4000} />
              <TextField name="lateJustification" label={t("justification")} maxLength={4000} />
              <div className="flex items-end">
                <Button type="submit" disabled={formState.isSubmitting || selected.size === 0}>
                  {formState.isSubmitting ? t("applying") : t("apply")}
                </Button>
              </div>
            </fieldset>
          </form>
        </FormProvider>
      ) : null}

      <div className="rounded-lg border border-slate-200 bg-white">
        <Table caption={t("caption")}>
          <thead>
            <tr>
              {canBulk ? <Th className="no-print w-10">{t("select")}</Th> : null}
              <Th>{t("number")}</Th>
              <Th>{t("title")}</Th>
              <Th>{t("responsible")}</Th>
              <Th>{t("due")}</Th>
              <Th>{t("status")}</Th>
            </tr>
          </thead>
          {orderedGroups.map((group) => (
            <tbody key={group.workPackage.id}>
              <tr className="bg-slate-50">
                <th scope="rowgroup" colSpan={canBulk ? 6 : 5} className="px-3 py-2 text-left font-semibold">
                  WP{group.workPackage.number} {group.workPackage.title}
                </th>
              </tr>
              {group.rows.map((row) => (
                <tr key={row.id}>
                  {canBulk ? (
                    <Td className="no-print">
                      <input
                        type="checkbox"
                        className="size-4"
                        aria-label={t("selectItem", { number: row.number })}
                        checked={selected.has(row.id)}
                        onChange={() => toggle(row.id)}
                      />
                    </Td>
                  ) : null}
                  <Td className="font-medium">
                    <Link href={`/projects/${projectId}/deliverables/${row.id}`} className="link">
                      {row.number}
                    </Link>
                  </Td>
                  <Td>{row.title}</Td>
                  <Td>{row.partnerName}</Td>
                  <Td>
                    <DueDate dueDate={row.dueDate} dueMonth={row.dueMonth} isOverdue={row.isOverdue} />
                  </Td>
                  <Td>
                    <DeliverableStatusBadge status={row.status} />
                  </Td>
                </tr>
              ))}
            </tbody>
          ))}
        </Table>
      </div>
    </div>
  );
}
