"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { ActionResult } from "@/lib/actions/result";

type ServerActionOptions<Input, Output, Values extends FieldValues> = {
  /** Where to go after a success; without it the current page refreshes in place. */
  redirectTo?: (data: Output) => string;
  /** A notice for the destination page to confirm the change (`?notice=`). */
  notice?: string;
  /** What the notice names ("D3.4 added."), from the input and the result (`&subject=`). */
  noticeSubject?: (input: Input, data: Output) => string;
  /** Replace the current history entry instead of adding one (a move on the same record's page). */
  replace?: boolean;
  /** Leave the page untouched after a success: the caller shows the outcome itself. */
  refresh?: boolean;
  onSuccess?: (data: Output) => void;
  /** After either outcome, before any navigation. */
  onSettled?: () => void;
  /** A react-hook-form form: failures land on its fields and at its top instead of in `error`. */
  setFormError?: UseFormSetError<Values>;
};

/**
 * The one way the client calls a server action. It turns an unreachable server into a failed result,
 * shows a failure (on the form's fields, or in `error`), and after a success navigates or refreshes.
 * `execute` resolves with the result and never rejects; `run` is the same inside a transition, for buttons.
 */
export function useServerAction<Input, Output, Values extends FieldValues = FieldValues>(
  action: (input: Input) => Promise<ActionResult<Output>>,
  options: ServerActionOptions<Input, Output, Values> = {},
) {
  const router = useRouter();
  const common = useTranslations("Common");
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  async function execute(input: Input): Promise<ActionResult<Output>> {
    const result = await action(input).catch((): ActionResult<Output> => ({
      ok: false,
      error: common("serverUnreachable"),
    }));
    options.onSettled?.();
    if (!result.ok) {
      if (options.setFormError) showOnForm(result, options.setFormError);
      // Without a form there is no field to highlight: the first field's own message says most.
      else setError(Object.values(result.fieldErrors ?? {})[0]?.[0] ?? result.error);
      return result;
    }
    setError(null);
    options.onSuccess?.(result.data);
    const target = options.redirectTo?.(result.data);
    if (target !== undefined) {
      const href = options.notice
        ? withNotice(target, options.notice, options.noticeSubject?.(input, result.data))
        : target;
      if (options.replace) router.replace(href);
      else router.push(href);
    }
    if (target !== undefined || options.refresh !== false) router.refresh();
    return result;
  }

  const run = (input: Input) =>
    startTransition(async () => {
      await execute(input);
    });

  return { execute, run, error, isPending };
}

function withNotice(target: string, notice: string, subject: string | undefined): string {
  const params = new URLSearchParams({ notice, ...(subject ? { subject } : {}) });
  return `${target}${target.includes("?") ? "&" : "?"}${params}`;
}

/** Each field's message beside its field, and the summary at the top of the form. */
function showOnForm<Values extends FieldValues>(
  result: Extract<ActionResult<unknown>, { ok: false }>,
  setFormError: UseFormSetError<Values>,
) {
  for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
    if (field !== "_form") setFormError(field as Path<Values>, { message: messages[0] });
  }
  setFormError("root", { message: result.error });
}
