import { isPostgresUrl, postgresConnection } from "@/lib/db/postgres-url";

const databaseUrl = process.env.DATABASE_URL ?? "";
export const onPostgres = isPostgresUrl(databaseUrl);

/** The test database's schema on PostgreSQL; raw SQL names it, since the adapter qualifies only Prisma's own queries. */
export const postgresSchema = onPostgres ? postgresConnection(databaseUrl).schema : "";

/** A table's name for raw SQL on either database. */
export function qualified(table: string): string {
  return onPostgres ? `"${postgresSchema}"."${table}"` : `main."${table}"`;
}
