import type { ComponentProps } from "react";
import { cn } from "@/lib/cn";
import { statusIconClass, type StatusIconName } from "./status-icon";

// Styled in app/globals.css: .badge and one class per tone.
const tones = {
  neutral: "badge-neutral",
  info: "badge-info",
  success: "badge-success",
  warning: "badge-warning",
  danger: "badge-danger",
} as const;

export type BadgeTone = keyof typeof tones;

/** A label with text, and an icon before it where one is named: colour only reinforces what the words say. */
export function Badge({
  tone = "neutral",
  icon,
  className,
  ...props
}: ComponentProps<"span"> & { tone?: BadgeTone; icon?: StatusIconName }) {
  return <span className={cn("badge", tones[tone], icon && statusIconClass(icon), className)} {...props} />;
}
