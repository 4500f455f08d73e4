import Link from "next/link";
import { Button } from "./button";

/** The buttons under a filter form: apply, and clear when something is filtered. */
export function FilterActions({ isFiltered, clearHref, className }: { isFiltered: boolean; clearHref: string; className?: string }) {
  return (
    <div className={`flex gap-2 ${className ?? ""}`}>
      <Button type="submit">Apply filters</Button>
      {isFiltered ? (
        <Button asChild variant="secondary">
          <Link href={clearHref}>Clear filters</Link>
        </Button>
      ) : null}
    </div>
  );
}
