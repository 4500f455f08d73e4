import type { ComponentProps } from "react";
import { cn } from "@/lib/cn";
import { ScrollBox } from "./scroll-box";

/** A table with a caption that names it for screen readers; on a narrow screen it scrolls in its own box. */
export function Table({ caption, className, children, ...props }: ComponentProps<"table"> & { caption: string }) {
  return (
    <ScrollBox label={caption}>
      <table className={cn("w-full border-collapse text-left text-sm", className)} {...props}>
        <caption className="sr-only">{caption}</caption>
        {children}
      </table>
    </ScrollBox>
  );
}

export function Th({ className, ...props }: ComponentProps<"th">) {
  return (
    <th
      scope="col"
      className={cn("border-b border-slate-200 px-3 py-2 font-semibold text-slate-700", className)}
      {...props}
    />
  );
}

export function Td({ className, ...props }: ComponentProps<"td">) {
  return <td className={cn("border-b border-slate-100 px-3 py-2 align-top", className)} {...props} />;
}
