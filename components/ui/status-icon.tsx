import { cn } from "@/lib/cn";

/** The icons drawn by the stylesheet (app/globals.css, .status-icon-*), from Lucide. */
export type StatusIconName =
  "circle" | "circle-check" | "circle-dot" | "circle-x" | "eye" | "inbox" | "send" | "triangle-alert" | "undo";

/**
 * A small icon beside a status's words, hidden from screen readers as the words say it all. The stylesheet draws
 * it, so that a long table of badges does not repeat the same SVG in its HTML and in the page's payload; its size
 * is the stylesheet's too (size-3.5), unless a className says otherwise.
 */
export function StatusIcon({ name, className }: { name: StatusIconName; className?: string }) {
  return <span aria-hidden="true" className={cn("status-icon", `status-icon-${name}`, className)} />;
}
