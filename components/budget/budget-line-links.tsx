"use client";

import Link from "next/link";

/**
 * The link to every budget line of a project, for its editors. A client component given one label per line, so that
 * the page's React payload carries the lines' words once rather than every list item and link of the drawing: the
 * list holds every line of the budget (120 for a project of 10 partners, 3 periods and 4 categories).
 */
export function BudgetLineLinks({ projectId, lines }: { projectId: string; lines: { id: string; label: string }[] }) {
  return (
    <ul className="mt-2 grid gap-1 text-sm sm:grid-cols-2">
      {lines.map((line) => (
        <li key={line.id}>
          <Link href={`/projects/${projectId}/budget/lines/${line.id}/edit`} className="link">
            {line.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
