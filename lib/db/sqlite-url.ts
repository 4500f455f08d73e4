import { mkdirSync } from "node:fs";
import path from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/consortia.db";

/** The file path behind a `file:` URL, relative paths taken from the working directory. */
export function sqliteFilePath(url: string): string {
  if (!url.startsWith("file:")) throw new Error(`Not a SQLite file URL: ${url}`);
  // The database path is chosen at run time, not a file of the build.
  return path.resolve(/*turbopackIgnore: true*/ url.slice("file:".length).split("?")[0] ?? "");
}

/** better-sqlite3 creates the file but not its folder. */
export function ensureSqliteFolder(url: string): void {
  mkdirSync(path.dirname(sqliteFilePath(url)), { recursive: true });
}
