"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { DueDate } from "@/components/project/due-date";
import { DeliverableStatusBadge } from "@/components/project/status-badges";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { inputClassName, Select } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Table, Td, Th } from "@/components/ui/table";
import { DeliverableStatus } from "@/generated/prisma/enums";
import { bulkChangeDeliverableStatusAction } from "@/lib/actions/deliverable";
import { useTranslations } from "next-intl";

export type DeliverableListRow = {
  id: string;
  number: string;
  title: string;
  status: DeliverableStatus;
  dueMonth: number;
  dueDate: Date;
  isOverdue: boolean;
  moves: DeliverableStatus[];
  partnerName: string;
  workPackage: { id: string; number: number; title: string };
};

/**
 * The deliverables grouped by work package, with check boxes for a status change of several at once
 * (applied all or nothing on the server).
 */
export function DeliverableList({ projectId, rows }: { projectId: string; rows: DeliverableListRow[] }) {
  const router = useRouter();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [toStatus, setToStatus] = useState<DeliverableStatus | "">("");
  const [comment, setComment] = useState("");
  const [justification, setJustification] = useState("");
  const t = useTranslations("DeliverableList");
  const common = useTranslations("Common");
  const labels = useTranslations("Labels");
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [isPending, startTransition] = useTransition();
  const canBulk = rows.some((row) => row.moves.length > 0);

  const groups = new Map<string, { workPackage: DeliverableListRow["workPackage"]; rows: DeliverableListRow[] }>();
  for (const row of rows) {
    const group = groups.get(row.workPackage.id) ?? { workPackage: row.workPackage, rows: [] };
    group.rows.push(row);
    groups.set(row.workPackage.id, group);
  }
  const orderedGroups = [...groups.values()].sort((a, b) => a.workPackage.number - b.workPackage.number);

  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const apply = () =>
    startTransition(async () => {
      if (!toStatus) return setMessage({ tone: "error", text: t("chooseStatus") });
      const result = await bulkChangeDeliverableStatusAction({
        projectId,
        deliverableIds: [...selected],
        toStatus,
        comment,
        lateJustification: justification,
      }).catch(() => null);
      if (!result) return setMessage({ tone: "error", text: common("serverUnreachable") });
      if (!result.ok)
        return setMessage({
          tone: "error",
          text: t("nothingChanged", { reason: result.fieldErrors?.deliverableIds?.[0] ?? result.error }),
        });
      setMessage({
        tone: "success",
        text: t("changed", { count: result.data.count, status: labels(`deliverableStatus.${toStatus}`) }),
      });
      setSelected(new Set());
      setComment("");
      setJustification("");
      router.refresh();
    });

  return (
    <div className="space-y-4">
      {message ? <FormMessage tone={message.tone}>{message.text}</FormMessage> : null}
      {canBulk ? (
        <fieldset className="no-print grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-4">
          <legend className="px-1 text-sm font-semibold">{t("legend", { count: selected.size })}</legend>
          <div>
            <Label htmlFor="bulk-status">{t("newStatus")}</Label>
            <Select
              id="bulk-status"
              value={toStatus}
              onChange={(event) => setToStatus(event.target.value as DeliverableStatus)}
            >
              <option value="">{t("chooseAStatus")}</option>
              {Object.values(DeliverableStatus).map((status) => (
                <option key={status} value={status}>
                  {labels(`deliverableStatus.${status}`)}
                </option>
              ))}
            </Select>
          </div>
          <div>
            <Label htmlFor="bulk-comment">{t("comment")}</Label>
            <input
              id="bulk-comment"
              className={inputClassName}
              value={comment}
              maxLength={4000}
              onChange={(event) => setComment(event.target.value)}
            />
          </div>
          <div>
            <Label htmlFor="bulk-justification">{t("justification")}</Label>
            <input
              id="bulk-justification"
              className={inputClassName}
              value={justification}
              maxLength={4000}
              onChange={(event) => setJustification(event.target.value)}
            />
          </div>
          <div className="flex items-end">
            <Button onClick={apply} disabled={isPending || selected.size === 0}>
              {isPending ? t("applying") : t("apply")}
            </Button>
          </div>
        </fieldset>
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
                    <Link href={`/projects/${projectId}/deliverables/${row.id}`} className="text-brand-600 underline">
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
