import type { ReactNode } from "react";
import { cn } from "@/lib/cn";
import { FilterActions } from "./filter-actions";
import { Input } from "./input";
import { Label } from "./label";

// Whole class names, so that Tailwind finds them.
const GRID_COLUMNS = { 3: "sm:grid-cols-3", 4: "sm:grid-cols-4", 5: "sm:grid-cols-5" } as const;
const FULL_WIDTH = { 3: "sm:col-span-3", 4: "sm:col-span-4", 5: "sm:col-span-5" } as const;

/**
 * A list's filters as a GET form (the filters live in the address, so a filtered list can be bookmarked),
 * with apply and clear buttons on a line of their own.
 */
export function FilterForm({
  label,
  columns,
  isFiltered,
  clearHref,
  isPrinted = true,
  children,
}: {
  label: string;
  columns: keyof typeof GRID_COLUMNS;
  isFiltered: boolean;
  clearHref: string;
  /** Leave the filters off paper where the page is meant to be printed. */
  isPrinted?: boolean;
  children: ReactNode;
}) {
  return (
    <form
      role="search"
      aria-label={label}
      className={cn(
        "grid gap-3 rounded-lg border border-slate-200 bg-white p-4",
        GRID_COLUMNS[columns],
        !isPrinted && "no-print",
      )}
    >
      {children}
      <FilterActions isFiltered={isFiltered} clearHref={clearHref} className={FULL_WIDTH[columns]} />
    </form>
  );
}

/** The free-text search of a filter form, two columns wide. */
export function SearchField({ label, placeholder, value }: { label: string; placeholder: string; value?: string }) {
  return (
    <div className="sm:col-span-2">
      <Label htmlFor="q">{label}</Label>
      <Input id="q" name="q" type="search" defaultValue={value} placeholder={placeholder} maxLength={100} />
    </div>
  );
}
