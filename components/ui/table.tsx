import type { ComponentProps } from "react";
import { cn } from "@/lib/cn";
import { ScrollBox } from "./scroll-box";

/** A table with a caption that names it for screen readers; on a narrow screen it scrolls in its own box. */
export function Table({ caption, className, children, ...props }: ComponentProps<"table"> & { caption: string }) {
  return (
    <ScrollBox label={caption}>
      <table className={cn("data-table w-full border-collapse text-left text-sm", className)} {...props}>
        <caption className="sr-only">{caption}</caption>
        {children}
      </table>
    </ScrollBox>
  );
}

/**
 * Leaves out a className that is not given: a key set to undefined is still written into the page's React payload,
 * once for every cell of every table.
 */
function withoutEmptyClassName<Props extends { className?: string }>({ className, ...props }: Props) {
  return className ? { ...props, className } : props;
}

/** A column's header; its padding, border and weight come from the table's stylesheet (.data-table). */
export function Th(props: ComponentProps<"th">) {
  return <th scope="col" {...withoutEmptyClassName(props)} />;
}

/** A cell; its padding and border come from the table's stylesheet (.data-table), utilities in className win. */
export function Td(props: ComponentProps<"td">) {
  return <td {...withoutEmptyClassName(props)} />;
}
