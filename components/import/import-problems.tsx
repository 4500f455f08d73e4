import { FormMessage } from "@/components/ui/form-message";
import { Table, Td, Th } from "@/components/ui/table";

/**
 * The problems an import's preview found, one row each (where, then what), under a message that says how many and
 * that nothing is imported until they are corrected.
 */
export function ImportProblems({
  summary,
  caption,
  headers,
  rows,
}: {
  summary: string;
  caption: string;
  headers: string[];
  rows: (string | number)[][];
}) {
  return (
    <div className="space-y-2">
      <FormMessage tone="error">{summary}</FormMessage>
      <Table caption={caption}>
        <thead>
          <tr>
            {headers.map((header) => (
              <Th key={header}>{header}</Th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={index}>
              {row.map((cell, column) => (
                <Td key={column}>{cell}</Td>
              ))}
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
