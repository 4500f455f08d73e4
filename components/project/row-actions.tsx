"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";

/**
 * Edit and delete for one row of a work-plan table; the server decides whether deleting is allowed. A client
 * component so that the page's React payload carries only these props for each row, not the buttons they make.
 */
export function RowActions({
  itemLabel,
  editHref,
  onDelete,
  deleteLabel,
  deleteDescription,
}: {
  itemLabel: string;
  editHref: string;
  onDelete: () => Promise<ActionResult<unknown>>;
  deleteLabel?: string;
  deleteDescription: string;
}) {
  const t = useTranslations("Common");
  const action = deleteLabel ?? t("delete");
  return (
    <div className="no-print flex flex-wrap gap-2">
      <Button asChild variant="secondary">
        <Link href={editHref} aria-label={t("editItem", { item: itemLabel })}>
          {t("edit")}
        </Link>
      </Button>
      <ConfirmActionButton
        label={action}
        title={t("confirmItem", { action, item: itemLabel })}
        description={deleteDescription}
        confirmLabel={action}
        action={onDelete}
        notice="removed"
      />
    </div>
  );
}
