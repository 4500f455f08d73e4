import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { loadDotenv } from "./lib/db/load-dotenv";
import { DEFAULT_DATABASE_URL, ensureSqliteFolder } from "./lib/db/sqlite-url";

loadDotenv();

// No native engine is used (none can be downloaded here): the CLI only checks that these paths exist.
const unused = path.resolve("node_modules/prisma/build/index.js");
process.env.PRISMA_QUERY_ENGINE_LIBRARY ??= unused;
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= unused;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { seed: "tsx prisma/seed.ts" },
  adapter: async () => {
    const url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
    ensureSqliteFolder(url);
    return new PrismaBetterSQLite3({ url });
  },
});
