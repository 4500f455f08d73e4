"use client";

import { useLocale, useTranslations } from "next-intl";
import { useServerAction } from "@/components/forms/use-server-action";
import { chooseLocaleAction } from "@/lib/actions/account";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";
import { cn } from "@/lib/cn";

/** One button per language, each named in its own language; the current one is marked as such. */
export function LanguageSwitcher() {
  const current = useLocale();
  const t = useTranslations("Header");
  // A refusal leaves the language as it is; there is nothing more to say in the header.
  const { run, isPending } = useServerAction(chooseLocaleAction);
  const choose = (locale: (typeof LOCALES)[number]) => run({ locale });
  return (
    <div role="group" aria-label={t("language")} className="flex gap-1">
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          aria-pressed={locale === current}
          disabled={isPending}
          onClick={() => choose(locale)}
          className={cn(
            "min-h-11 min-w-11 rounded-md px-2 text-xs hover:bg-brand-700 lg:min-h-0 lg:min-w-0 lg:py-1",
            locale === current && "bg-brand-800 font-semibold underline underline-offset-2",
          )}
        >
          {LOCALE_NAMES[locale]}
        </button>
      ))}
    </div>
  );
}
