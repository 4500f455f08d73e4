"use client";

import { Table, Td, Th } from "@/components/ui/table";
import { describeSpan, type GanttRow } from "@/lib/format/timeline-rows";
import { useDisplay } from "@/lib/i18n/use-display";
import type { TimelineScale } from "@/lib/validation/timeline";

/**
 * The Gantt chart's rows as a table, for those who read rather than look. A client component given the same rows as
 * the chart: the page's React payload carries them once, not once more as a thousand table rows.
 */
export function GanttTable({
  start,
  rows,
  scale,
  caption,
  headings,
}: {
  start: Date;
  rows: GanttRow[];
  scale: TimelineScale;
  caption: string;
  headings: { kind: string; item: string; state: string; span: string };
}) {
  const display = useDisplay();
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>{headings.kind}</Th>
          <Th>{headings.item}</Th>
          <Th>{headings.state}</Th>
          <Th>{headings.span}</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <Td>{row.group}</Td>
            <Td>{row.label}</Td>
            <Td>{row.state ?? "—"}</Td>
            <Td className="whitespace-nowrap">
              {describeSpan(start, row.from, row.to, row.isPoint, scale, display.date)}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
