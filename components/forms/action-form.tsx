"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";
import { FormProvider, useForm, type DefaultValues, type FieldValues } from "react-hook-form";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import type { ActionResult } from "@/lib/actions/result";
import { useSchemaResolver } from "./use-schema-resolver";
import { useServerAction } from "./use-server-action";
import { useUnsavedChangesWarning } from "./use-unsaved-changes-warning";

type ActionFormProps<Input extends FieldValues, Output> = {
  /** The same zod schema the server action parses with. */
  schema: z.ZodType<unknown, Input>;
  action: (input: Input) => Promise<ActionResult<Output>>;
  defaultValues: DefaultValues<Input>;
  submitLabel: string;
  /** Where to go after a successful save; a notice confirms it there. */
  redirectTo: (data: Output) => string;
  notice?: string;
  /** What the notice names: "D3.4 added." rather than "Saved.". */
  noticeSubject?: (values: Input, data: Output) => string;
  /** Where Cancel leads; without it there is no Cancel link. */
  cancelHref?: string;
  children: ReactNode;
};

/**
 * A react-hook-form form bound to a server action. The browser validates with the shared schema first;
 * the server validates again and may add field errors (duplicates, months outside the project, conflicts),
 * which land beside their fields. What the user typed stays in the form whatever happens.
 */
export function ActionForm<Input extends FieldValues, Output>({
  schema,
  action,
  defaultValues,
  submitLabel,
  redirectTo,
  notice = "saved",
  noticeSubject,
  children,
  cancelHref,
}: ActionFormProps<Input, Output>) {
  const common = useTranslations("Common");
  // raw: the action receives what the user entered and parses it itself, with the same schema.
  const form = useForm<Input>({
    resolver: useSchemaResolver(schema, { raw: true }),
    defaultValues,
    mode: "onTouched",
  });
  const {
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting, isDirty },
  } = form;
  useUnsavedChangesWarning(isDirty, common("unsavedChanges"));

  const { execute } = useServerAction(action, { redirectTo, notice, noticeSubject, setFormError: setError });
  const onSubmit = handleSubmit(async (values) => {
    // What is saved is no longer a change to warn about, whether the form then leaves the page or stays on it.
    if ((await execute(values)).ok) reset(values);
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-4">
        {errors.root?.message ? <FormMessage tone="error">{errors.root.message}</FormMessage> : null}
        {children}
        <div className="flex flex-wrap gap-2 pt-2">
          <Button type="submit" disabled={isSubmitting}>
            {isSubmitting ? common("saving") : submitLabel}
          </Button>
          {cancelHref ? (
            <Button asChild variant="secondary">
              <Link href={cancelHref}>{common("cancel")}</Link>
            </Button>
          ) : null}
        </div>
      </form>
    </FormProvider>
  );
}
