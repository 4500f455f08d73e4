import { Slot } from "@radix-ui/react-slot";
import type { ComponentProps } from "react";
import { cn } from "@/lib/cn";

// Styled in app/globals.css: .btn and one class per variant.
const variants = {
  primary: "btn-primary",
  secondary: "btn-secondary",
  ghost: "btn-ghost",
  /** The confirming button of an action that removes or archives something. */
  destructive: "btn-destructive",
} as const;

type ButtonProps = ComponentProps<"button"> & { variant?: keyof typeof variants; asChild?: boolean };

export function Button({ variant = "primary", asChild = false, className, type = "button", ...props }: ButtonProps) {
  const Component = asChild ? Slot : "button";
  return (
    <Component
      // A link (asChild) has no type; leaving the key out keeps it out of the React payload too.
      {...(asChild ? {} : { type })}
      className={cn("btn", variants[variant], className)}
      {...props}
    />
  );
}
