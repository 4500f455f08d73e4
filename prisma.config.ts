import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { loadDotenv } from "./lib/db/load-dotenv";
import { isPostgresUrl, postgresConnection } from "./lib/db/postgres-url";
import { DEFAULT_DATABASE_URL, ensureSqliteFolder } from "./lib/db/sqlite-url";

loadDotenv();

// No native engine is used (none can be downloaded here): the CLI only checks that these paths exist.
const unused = path.resolve("node_modules/prisma/build/index.js");
process.env.PRISMA_QUERY_ENGINE_LIBRARY ??= unused;
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= unused;

const url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
const postgres = isPostgresUrl(url);

// PostgreSQL has a schema and migrations of its own, derived from the SQLite ones (see the README).
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: postgres ? "prisma/postgresql/schema.prisma" : "prisma/schema.prisma",
  migrations: { path: postgres ? "prisma/postgresql/migrations" : "prisma/migrations", seed: "tsx prisma/seed.ts" },
  adapter: async () => {
    if (postgres) {
      const { connectionString, schema } = postgresConnection(url);
      // The migrations name their tables without a schema: the search path puts them in the URL's (`?schema=`).
      return new PrismaPg({ connectionString, options: `-c search_path="${schema}"` }, { schema });
    }
    ensureSqliteFolder(url);
    return new PrismaBetterSQLite3({ url });
  },
});
