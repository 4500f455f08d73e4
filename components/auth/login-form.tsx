"use client";

import { useSchemaResolver } from "@/components/forms/use-schema-resolver";
import { useTranslations } from "next-intl";
import { FormProvider, useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { TextField } from "@/components/forms/fields";
import { useServerAction } from "@/components/forms/use-server-action";
import { signInAction } from "@/lib/actions/auth";
import { ZSignInInput, type TSignInInput } from "@/lib/validation/auth";

export function LoginForm({ callbackPath }: { callbackPath: string }) {
  const t = useTranslations("Login");
  const form = useForm<TSignInInput>({
    resolver: useSchemaResolver(ZSignInInput),
    defaultValues: { email: "", password: "" },
  });
  const {
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = form;

  const { execute } = useServerAction(signInAction, {
    // A full navigation, so that every server component renders with the new session.
    onSuccess: () => window.location.assign(callbackPath),
    refresh: false,
    setFormError: setError,
  });
  const onSubmit = handleSubmit(async (values) => {
    await execute(values);
  });

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        {errors.root?.message ? <FormMessage tone="error">{errors.root.message}</FormMessage> : null}
        <TextField name="email" label={t("email")} type="email" autoComplete="username" autoFocus />
        <TextField name="password" label={t("password")} type="password" autoComplete="current-password" />
        <Button type="submit" className="w-full" disabled={isSubmitting}>
          {isSubmitting ? t("signingIn") : t("signIn")}
        </Button>
      </form>
    </FormProvider>
  );
}
