import { db } from "@/lib/dal/db";
import { isPostgresUrl, postgresConnection } from "@/lib/db/postgres-url";

const databaseUrl = process.env.DATABASE_URL ?? "";
export const onPostgres = isPostgresUrl(databaseUrl);

/**
 * The test database's schema on PostgreSQL; raw SQL names it, since the adapter qualifies only Prisma's own queries.
 */
export const postgresSchema = onPostgres ? postgresConnection(databaseUrl).schema : "";

/** A table's name for raw SQL on either database. */
export function qualified(table: string): string {
  return onPostgres ? `"${postgresSchema}"."${table}"` : `main."${table}"`;
}

/** The app's tables (without Prisma's migration log), in name order. */
export async function listTables(): Promise<string[]> {
  const rows = onPostgres
    ? await db.$queryRawUnsafe<{ name: string }[]>(
        `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY 1`,
        postgresSchema,
      )
    : await db.$queryRawUnsafe<{ name: string }[]>(
        `SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name`,
      );
  return rows.map((row) => row.name);
}
