import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";

type PaginationProps = {
  page: number;
  pageCount: number;
  /** How many items there are, in words: "19 organisations". */
  countLabel: string;
  /** The current query, without `page`. */
  query: Record<string, string | undefined>;
  basePath: string;
};

/** A list's address with these query parameters (empty ones left out) on this page (the first: no `page`). */
export function listHref(basePath: string, query: PaginationProps["query"], page = 1): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return search ? `${basePath}?${search}` : basePath;
}

export function Pagination({ page, pageCount, countLabel, query, basePath }: PaginationProps) {
  const t = useTranslations("Common");
  return (
    <nav aria-label={t("pagination")} className="mt-4 flex items-center justify-between text-sm text-slate-700">
      <p>
        {countLabel} · {t("pageOf", { page, pageCount })}
      </p>
      <div className="flex gap-2">
        {page > 1 ? (
          <Link
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-100"
            href={listHref(basePath, query, page - 1)}
            rel="prev"
          >
            {t("previousPage")}
          </Link>
        ) : null}
        {page < pageCount ? (
          <Link
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 hover:bg-slate-100"
            href={listHref(basePath, query, page + 1)}
            rel="next"
          >
            {t("nextPage")}
          </Link>
        ) : null}
      </div>
    </nav>
  );
}
