import type { ReactNode } from "react";
import { Table, Td, Th } from "./table";

export type RecordColumn<Row> = {
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** For the header and the cells alike, such as "text-right" for amounts. */
  className?: string;
};

/**
 * A table of records, one per row, with an optional last column of actions (edit, delete, ...) that is
 * left out entirely, header included, when the reader may not act, and is not printed.
 */
export function RecordTable<Row extends { id: string }>({
  caption,
  columns,
  rows,
  actionsHeader,
  actions,
  className,
}: {
  caption: string;
  columns: RecordColumn<Row>[];
  rows: Row[];
  actionsHeader?: string;
  /** The actions of one row; without it (or without actionsHeader) there is no actions column. */
  actions?: ((row: Row) => ReactNode) | null;
  className?: string;
}) {
  const hasActions = Boolean(actions && actionsHeader);
  return (
    <Table caption={caption} className={className}>
      <thead>
        <tr>
          {columns.map((column, index) => (
            <Th key={index} className={column.className}>
              {column.header}
            </Th>
          ))}
          {hasActions ? <Th className="no-print">{actionsHeader}</Th> : null}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            {columns.map((column, index) => (
              <Td key={index} className={column.className}>
                {column.cell(row)}
              </Td>
            ))}
            {hasActions ? <Td className="no-print">{actions!(row)}</Td> : null}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
