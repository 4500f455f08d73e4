import type { ComponentProps } from "react";
import { cn } from "@/lib/cn";

// Styled in app/globals.css: .badge and one class per tone.
const tones = {
  neutral: "badge-neutral",
  info: "badge-info",
  success: "badge-success",
  warning: "badge-warning",
  danger: "badge-danger",
} as const;

export type BadgeTone = keyof typeof tones;

/** A label with text: colour only reinforces what the words already say. */
export function Badge({ tone = "neutral", className, ...props }: ComponentProps<"span"> & { tone?: BadgeTone }) {
  return <span className={cn("badge", tones[tone], className)} {...props} />;
}
