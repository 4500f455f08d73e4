"use client";

import * as AlertDialog from "@radix-ui/react-alert-dialog";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionResult } from "@/lib/actions/result";
import { useServerAction } from "./use-server-action";

type ConfirmActionButtonProps = {
  label: string;
  title: string;
  description: string;
  confirmLabel: string;
  action: () => Promise<ActionResult<unknown>>;
  /** Where to go afterwards; without it the current page refreshes. */
  redirectTo?: string;
  notice?: string;
  variant?: "secondary" | "ghost";
  /** Stay where we are after success: the caller shows the outcome itself. */
  stayOnPage?: boolean;
};

/**
 * A button for archiving, removing and the like: asks first (the confirming button in the destructive style), then
 * reports a refusal in place. The dialog is made when the button is pressed, not with the page: a table may have a
 * button on every row.
 */
export function ConfirmActionButton({
  label,
  title,
  description,
  confirmLabel,
  action,
  redirectTo,
  notice,
  variant = "secondary",
  stayOnPage = false,
}: ConfirmActionButtonProps) {
  const t = useTranslations("Common");
  const [isOpen, setIsOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const { run, error, isPending } = useServerAction(action, {
    redirectTo: stayOnPage ? undefined : () => redirectTo ?? window.location.pathname,
    notice,
    refresh: !stayOnPage,
    // A refusal closes the dialog too, and is reported beside the button.
    onSettled: () => setIsOpen(false),
  });
  const onConfirm = () => run(undefined);

  return (
    <div>
      <Button
        ref={button}
        variant={variant}
        aria-haspopup="dialog"
        aria-expanded={isOpen}
        onClick={() => setIsOpen(true)}
      >
        {label}
      </Button>
      {isOpen ? (
        <AlertDialog.Root open onOpenChange={setIsOpen}>
          <AlertDialog.Portal>
            <AlertDialog.Overlay className="fixed inset-0 bg-slate-900/40" />
            <AlertDialog.Content
              className="fixed left-1/2 top-1/2 w-[min(28rem,90vw)] -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-5 shadow-lg"
              // With no trigger of Radix's own, focus goes back to the button by hand.
              onCloseAutoFocus={(event) => {
                event.preventDefault();
                button.current?.focus();
              }}
            >
              <AlertDialog.Title className="text-lg font-semibold">{title}</AlertDialog.Title>
              <AlertDialog.Description className="mt-2 text-sm text-slate-700">{description}</AlertDialog.Description>
              <div className="mt-4 flex justify-end gap-2">
                <AlertDialog.Cancel asChild>
                  <Button variant="secondary">{t("cancel")}</Button>
                </AlertDialog.Cancel>
                <Button variant="destructive" onClick={onConfirm} disabled={isPending}>
                  {isPending ? t("working") : confirmLabel}
                </Button>
              </div>
            </AlertDialog.Content>
          </AlertDialog.Portal>
        </AlertDialog.Root>
      ) : null}
      {error ? (
        <div className="mt-2">
          <FormMessage tone="error">{error}</FormMessage>
        </div>
      ) : null}
    </div>
  );
}
