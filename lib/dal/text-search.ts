import "server-only";
import { isPostgresUrl } from "@/lib/db/postgres-url";
import { env } from "@/lib/env";

const onPostgres = isPostgresUrl(env.DATABASE_URL);

/**
 * A "contains" filter that ignores case on both databases: SQLite's LIKE already does (for ASCII), while
 * PostgreSQL needs Prisma's insensitive mode, which the SQLite client's types do not know.
 */
export function containsIgnoringCase(text: string): { contains: string } {
  return onPostgres ? ({ contains: text, mode: "insensitive" } as { contains: string }) : { contains: text };
}
