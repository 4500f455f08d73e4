"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/components/ui/link";
import { createContext, use, type ReactNode } from "react";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";

export type RowKind = {
  projectId: string;
  /** Where the rows' pages are under the project: a row's edit page is `/projects/{projectId}/{folder}/{id}/edit`. */
  folder: "partners" | "periods" | "milestones" | "work-packages";
  /** The server action that deletes one row; it checks on the server whether it may. */
  deleteAction: (target: { projectId: string; id: string }) => Promise<ActionResult<unknown>>;
  deleteLabel?: string;
  deleteDescription: string;
};

const RowKindContext = createContext<RowKind | null>(null);

/**
 * What every row of one work-plan table shares (its project, its delete action and the warning before deleting),
 * sent to the browser once for the table: each row then carries only its id and its name. Null where the reader
 * may not change the rows, and the table shows no RowActions.
 */
export function RowActionsScope({ kind, children }: { kind: RowKind | null; children: ReactNode }) {
  return <RowKindContext value={kind}>{children}</RowKindContext>;
}

/**
 * Edit and delete for one row of a work-plan table, inside its table's RowActionsScope. A client component so that
 * the page's React payload carries only these props for each row, not the buttons they make.
 */
export function RowActions({ id, itemLabel }: { id: string; itemLabel: string }) {
  const t = useTranslations("Common");
  const kind = use(RowKindContext);
  if (!kind) throw new Error("RowActions is rendered outside a RowActionsScope.");
  const { projectId, folder, deleteAction, deleteDescription } = kind;
  const action = kind.deleteLabel ?? t("delete");
  return (
    <div className="no-print flex flex-wrap gap-2">
      <Button asChild variant="secondary">
        <Link href={`/projects/${projectId}/${folder}/${id}/edit`} aria-label={t("editItem", { item: itemLabel })}>
          {t("edit")}
        </Link>
      </Button>
      <ConfirmActionButton
        label={action}
        title={t("confirmItem", { action, item: itemLabel })}
        description={deleteDescription}
        confirmLabel={action}
        action={() => deleteAction({ projectId, id })}
        notice="removed"
      />
    </div>
  );
}
