import type { ReactNode } from "react";

/**
 * A chart and the table of the same figures: on a phone (under 640 pixels) the table comes first, since a chart that
 * narrow is hard to read; from there up the chart leads.
 */
export function ChartWithTable({ chart, table }: { chart: ReactNode; table: ReactNode }) {
  return (
    <div className="flex flex-col gap-4">
      <div className="order-2 space-y-2 sm:order-1">{chart}</div>
      <div className="order-1 space-y-4 sm:order-2">{table}</div>
    </div>
  );
}

/** An SVG chart, drawn into the page's HTML: a group that screen readers announce by its label, in small type. */
export function ChartSvg({
  width,
  height,
  label,
  fitted = false,
  children,
}: {
  width: number;
  height: number;
  label: string;
  /** Scaled to the width available (down to a readable minimum), rather than drawn at its own size. */
  fitted?: boolean;
  children: ReactNode;
}) {
  return (
    <svg
      width={fitted ? "100%" : width}
      height={fitted ? undefined : height}
      style={fitted ? { minWidth: 720 } : undefined}
      viewBox={`0 0 ${width} ${height}`}
      role="group"
      aria-label={label}
      className="block text-[11px]"
    >
      {children}
    </svg>
  );
}

/** A mark of a chart with its text alternative, read by screen readers and shown on hover (longer, if `title`). */
export function ChartMark({ label, title, children }: { label: string; title?: string; children: ReactNode }) {
  return (
    <g role="img" aria-label={label}>
      <title>{title ?? label}</title>
      {children}
    </g>
  );
}
