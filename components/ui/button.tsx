import { Slot } from "@radix-ui/react-slot";
import type { ComponentProps } from "react";
import { cn } from "@/lib/cn";

const variants = {
  primary: "bg-brand-600 text-white hover:bg-brand-700 disabled:bg-slate-400",
  secondary: "border border-slate-300 bg-white text-slate-800 hover:bg-slate-100 disabled:text-slate-400",
  ghost: "text-slate-700 hover:bg-slate-100",
  /** The confirming button of an action that removes or archives something. */
  destructive: "bg-red-700 text-white hover:bg-red-800 disabled:bg-slate-400",
} as const;

type ButtonProps = ComponentProps<"button"> & { variant?: keyof typeof variants; asChild?: boolean };

export function Button({ variant = "primary", asChild = false, className, type = "button", ...props }: ButtonProps) {
  const Component = asChild ? Slot : "button";
  return (
    <Component
      type={asChild ? undefined : type}
      className={cn(
        // 44 pixels high on a phone, where a finger presses it.
        "inline-flex items-center justify-center gap-2 rounded-md px-3 py-2 text-sm font-medium transition-colors disabled:cursor-not-allowed max-sm:min-h-11",
        variants[variant],
        className,
      )}
      {...props}
    />
  );
}
