/** DATABASE_URL chooses the database: a `file:` URL is SQLite (the default), a `postgresql://` URL PostgreSQL. */
export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

/**
 * The connection string and the schema (Prisma's `?schema=` parameter, `public` by default), which the
 * PostgreSQL adapter takes separately.
 */
export function postgresConnection(url: string): { connectionString: string; schema: string } {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get("schema") || "public";
  parsed.searchParams.delete("schema");
  return { connectionString: parsed.toString(), schema };
}
