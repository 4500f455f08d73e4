// The shape of a SQLite database as SQLite itself reports it, to compare the schema the migrations build with
// the one prisma/schema.prisma describes (test/migrations.test.ts, scripts/new-migration.mjs).
import Database from "better-sqlite3";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** Tables with their columns, indexes and foreign keys. */
export function describeSqliteSchema(databaseFile) {
  const database = new Database(databaseFile, { readonly: true });
  try {
    const tables = database
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .all();
    return Object.fromEntries(
      tables.map(({ name }) => [
        name,
        {
          columns: database.pragma(`table_info("${name}")`),
          indexes: database
            .pragma(`index_list("${name}")`)
            // Without `seq`, the index's place in creation order: an index a migration re-creates comes last.
            .map(({ seq: _seq, ...index }) => ({ ...index, columns: database.pragma(`index_info("${index.name}")`) }))
            .sort((a, b) => a.name.localeCompare(b.name)),
          foreignKeys: database.pragma(`foreign_key_list("${name}")`),
        },
      ]),
    );
  } finally {
    database.close();
  }
}

/** Runs SQL on a database file (created if absent). */
export function execSqlite(databaseFile, sql) {
  const database = new Database(databaseFile);
  try {
    database.exec(sql);
  } finally {
    database.close();
  }
}

/** Applies every migration in a folder (or those whose names sort before `before`), in order, to a new database. */
export function applyMigrations(databaseFile, folder = "prisma/migrations", before = undefined) {
  const names = readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .filter((name) => before === undefined || name < before)
    .sort();
  for (const name of names) execSqlite(databaseFile, readFileSync(path.join(folder, name, "migration.sql"), "utf8"));
}
