/** The icons drawn by the stylesheet (app/globals.css, .status-icon-*), from Lucide. */
export type StatusIconName =
  "circle" | "circle-check" | "circle-dot" | "circle-x" | "eye" | "inbox" | "send" | "triangle-alert" | "undo";

/**
 * The classes that put a small icon before an element's words, hidden from screen readers as the words say it all.
 * The stylesheet draws it as the element's ::before, so that a long table of badges carries neither the icon's paths
 * nor an element of its own for each, in its HTML or in the page's payload.
 */
export function statusIconClass(name: StatusIconName): string {
  return `status-icon status-icon-${name}`;
}
