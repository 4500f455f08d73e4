"use client";

import { useSchemaResolver } from "@/components/forms/use-schema-resolver";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FieldError, FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useServerAction } from "@/components/forms/use-server-action";
import { signInAction } from "@/lib/actions/auth";
import { ZSignInInput, type TSignInInput } from "@/lib/validation/auth";

export function LoginForm({ callbackPath }: { callbackPath: string }) {
  const t = useTranslations("Login");
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<TSignInInput>({ resolver: useSchemaResolver(ZSignInInput), defaultValues: { email: "", password: "" } });

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
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {errors.root?.message ? <FormMessage tone="error">{errors.root.message}</FormMessage> : null}
      <div>
        <Label htmlFor="email">{t("email")}</Label>
        <Input
          id="email"
          type="email"
          autoComplete="username"
          autoFocus
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={errors.email ? "email-error" : undefined}
          {...register("email")}
        />
        <FieldError id="email-error" message={errors.email?.message} />
      </div>
      <div>
        <Label htmlFor="password">{t("password")}</Label>
        <Input
          id="password"
          type="password"
          autoComplete="current-password"
          aria-invalid={errors.password ? true : undefined}
          aria-describedby={errors.password ? "password-error" : undefined}
          {...register("password")}
        />
        <FieldError id="password-error" message={errors.password?.message} />
      </div>
      <Button type="submit" className="w-full" disabled={isSubmitting}>
        {isSubmitting ? t("signingIn") : t("signIn")}
      </Button>
    </form>
  );
}
