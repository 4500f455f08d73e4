import { Link } from "@/components/ui/link";
import type { ComponentProps } from "react";
import { cn } from "@/lib/cn";
import { Button } from "./button";

export function Card({ className, ...props }: ComponentProps<"section">) {
  return <section className={cn("card", className)} {...props} />;
}

export function CardTitle({ className, ...props }: ComponentProps<"h2">) {
  return <h2 className={cn("card-title", className)} {...props} />;
}

/** A card's heading with an optional action link on the right (hidden when printing). */
export function CardHeading({
  id,
  title,
  actionHref,
  actionLabel,
}: {
  id: string;
  title: string;
  actionHref?: string | null;
  actionLabel?: string;
}) {
  return (
    <div className="flex flex-wrap items-start justify-between gap-2">
      <CardTitle id={id}>{title}</CardTitle>
      {actionHref && actionLabel ? (
        <Button asChild variant="secondary" className="no-print">
          <Link href={actionHref}>{actionLabel}</Link>
        </Button>
      ) : null}
    </div>
  );
}
