import "server-only";
import { isPostgresUrl } from "@/lib/db/postgres-url";
import { env } from "@/lib/env";
import { db } from "./db";

const onPostgres = isPostgresUrl(env.DATABASE_URL);

/** The tables and columns people search by typing; names from code only, never from input. */
type Searchable = { Project: "acronym" | "title"; Organisation: "name" | "shortName" | "city" | "offer" };

/**
 * The filter of rows where any of these columns contains `text` as typed, ignoring case (for ASCII, as
 * SQLite's LIKE does), on both databases. `%` and `_` are matched as themselves, not as LIKE wildcards:
 * escaped on PostgreSQL; on SQLite, whose LIKE (as Prisma writes it) has no escape character, a text that
 * holds them is matched with instr() instead.
 */
export async function textSearchWhere<Table extends keyof Searchable>(
  table: Table,
  columns: Searchable[Table][],
  text: string,
): Promise<{ OR: Record<string, unknown>[] } | { id: { in: string[] } }> {
  if (onPostgres) {
    const pattern = text.replace(/[\\%_]/g, "\\$&");
    return { OR: columns.map((column) => ({ [column]: { contains: pattern, mode: "insensitive" } })) };
  }
  if (!/[%_]/.test(text)) return { OR: columns.map((column) => ({ [column]: { contains: text } })) };
  const condition = columns.map((column) => `instr(lower("${column}"), lower(?)) > 0`).join(" OR ");
  const rows = await db.$queryRawUnsafe<{ id: string }[]>(
    `SELECT "id" FROM "${table}" WHERE ${condition}`,
    ...columns.map(() => text),
  );
  return { id: { in: rows.map((row) => row.id) } };
}
