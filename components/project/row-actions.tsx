import Link from "next/link";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";

/** Edit and delete for one row of a work-plan table; the server decides whether deleting is allowed. */
export function RowActions({
  itemLabel,
  editHref,
  onDelete,
  deleteLabel = "Delete",
  deleteDescription,
}: {
  itemLabel: string;
  editHref: string;
  onDelete: () => Promise<ActionResult<unknown>>;
  deleteLabel?: string;
  deleteDescription: string;
}) {
  return (
    <div className="no-print flex flex-wrap gap-2">
      <Button asChild variant="secondary">
        <Link href={editHref} aria-label={`Edit ${itemLabel}`}>
          Edit
        </Link>
      </Button>
      <ConfirmActionButton
        label={deleteLabel}
        title={`${deleteLabel} ${itemLabel}?`}
        description={deleteDescription}
        confirmLabel={deleteLabel}
        action={onDelete}
        notice="removed"
      />
    </div>
  );
}
