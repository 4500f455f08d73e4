import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { Button } from "./button";

/** The buttons under a filter form: apply, and clear when something is filtered. */
export function FilterActions({
  isFiltered,
  clearHref,
  className,
}: {
  isFiltered: boolean;
  clearHref: string;
  className?: string;
}) {
  const t = useTranslations("Common");
  return (
    <div className={`flex gap-2 ${className ?? ""}`}>
      <Button type="submit">{t("applyFilters")}</Button>
      {isFiltered ? (
        <Button asChild variant="secondary">
          <Link href={clearHref}>{t("clearFilters")}</Link>
        </Button>
      ) : null}
    </div>
  );
}
