"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useMemo } from "react";
import type { FieldErrors, FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";
import { loadErrorWording } from "@/lib/i18n/error-wording";
import { supportedLocale } from "@/lib/i18n/locales";
import { formatMessage, type Translate } from "@/lib/i18n/message";

/**
 * react-hook-form's resolver for a form's shared zod schema, with each message worded in the reader's language
 * (the schemas speak in message keys). `raw`: the form submits what the user entered, and the server action
 * parses it with the same schema; otherwise the form submits the parsed values. The wording is fetched when the form
 * appears; should that fail, every message reads as the one sentence every page holds ("This value is not valid.").
 */
export function useSchemaResolver<Input extends FieldValues>(
  schema: z.ZodType<unknown, Input>,
  { raw = false }: { raw?: boolean } = {},
): Resolver<Input> {
  const locale = supportedLocale(useLocale());
  const fallback = useTranslations() as unknown as Translate;
  useEffect(() => {
    loadErrorWording(locale).catch(() => undefined);
  }, [locale]);
  return useMemo(() => {
    const resolve = (raw ? zodResolver(schema, undefined, { raw: true }) : zodResolver(schema)) as Resolver<Input>;
    return async (values, context, options) => {
      const result = await resolve(values, context, options);
      if (Object.keys(result.errors).length === 0) return result;
      const translate = await loadErrorWording(locale).catch(() => fallback);
      return { values: {}, errors: worded(result.errors, translate) as FieldErrors<Input> };
    };
  }, [schema, raw, locale, fallback]);
}

/** The same tree of field errors with every message worded; the `ref` of each field is kept as it is. */
function worded(errors: unknown, translate: Translate): unknown {
  if (errors === null || typeof errors !== "object") return errors;
  if (Array.isArray(errors)) return errors.map((item) => worded(item, translate));
  return Object.fromEntries(
    Object.entries(errors).map(([name, value]) => {
      if (name === "ref") return [name, value];
      if (name === "message" && typeof value === "string") return [name, formatMessage(translate, value)];
      return [name, worded(value, translate)];
    }),
  );
}
