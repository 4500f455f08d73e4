/**
 * Backups that restore: one .tar.gz holding a consistent snapshot of the database, taken while the app
 * runs, every stored file, and a manifest of row counts and checksums that the restore verifies.
 *
 * - SQLite: the online backup API (better-sqlite3's backup()), which copies a consistent state while
 *   other connections go on writing.
 * - PostgreSQL: pg_dump of the app's schema, in a snapshot shared with the row counts of the manifest.
 * Files are immutable once stored, so the files of the snapshot's rows are all there to copy afterwards.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream, existsSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import pg from "pg";
import { isPostgresUrl, postgresConnection } from "@/lib/db/postgres-url";
import { sqliteFilePath } from "@/lib/db/sqlite-url";
import type { FileStorage } from "@/lib/storage/file-storage";

const run = promisify(execFile);

export type BackupManifest = {
  format: "consortia-backup-1";
  createdAt: string;
  database: "sqlite" | "postgresql";
  /** Rows per table in the snapshot. */
  tables: Record<string, number>;
  files: { storageKey: string; sizeBytes: number; sha256: string }[];
};

type StoredFileRow = { storageKey: string; sizeBytes: number; sha256: string };

const SQLITE_FILE = "database.sqlite";
const POSTGRES_FILE = "database.pgdump";

/** Writes a backup archive to `out` and returns its manifest. */
export async function createBackup(options: {
  databaseUrl: string;
  storage: FileStorage;
  out: string;
}): Promise<BackupManifest> {
  const work = await mkdtemp(path.join(tmpdir(), "consortia-backup-"));
  try {
    const snapshot = isPostgresUrl(options.databaseUrl)
      ? await snapshotPostgres(options.databaseUrl, work)
      : await snapshotSqlite(options.databaseUrl, work);
    await mkdir(path.join(work, "files"));
    for (const file of snapshot.files) {
      const sha256 = await copyWithHash(
        await options.storage.read(file.storageKey),
        path.join(work, "files", file.storageKey),
      );
      if (sha256 !== file.sha256)
        throw new Error(`The stored file ${file.storageKey} does not match its checksum: it is damaged.`);
    }
    const manifest: BackupManifest = { format: "consortia-backup-1", createdAt: new Date().toISOString(), ...snapshot };
    await writeFile(path.join(work, "manifest.json"), JSON.stringify(manifest, null, 1));
    await mkdir(path.dirname(path.resolve(options.out)), { recursive: true });
    await run("tar", ["-czf", path.resolve(options.out), "-C", work, "."]);
    return manifest;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

async function snapshotSqlite(databaseUrl: string, work: string) {
  const copy = path.join(work, SQLITE_FILE);
  const source = new Database(sqliteFilePath(databaseUrl), { readonly: true, fileMustExist: true });
  try {
    await source.backup(copy);
  } finally {
    source.close();
  }
  const snapshot = new Database(copy);
  try {
    // A single file, without the write-ahead log's side files: what the restore copies back.
    snapshot.pragma("journal_mode = DELETE");
    const tables = sqliteTableCounts(snapshot);
    const files = snapshot
      .prepare(`SELECT "storageKey", "sizeBytes", "sha256" FROM "StoredFile" ORDER BY "storageKey"`)
      .all() as StoredFileRow[];
    return { database: "sqlite" as const, tables, files };
  } finally {
    snapshot.close();
  }
}

async function snapshotPostgres(databaseUrl: string, work: string) {
  return withPostgres(databaseUrl, async (client, { connectionString, schema }) => {
    // One snapshot for the counts, the file list and pg_dump: all three describe the same moment.
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const snapshotId = (await client.query<{ id: string }>("SELECT pg_export_snapshot() AS id")).rows[0]!.id;
    const tables = await postgresTableCounts(client, schema);
    const files = (
      await client.query<StoredFileRow>(
        `SELECT "storageKey", "sizeBytes", "sha256" FROM "${schema}"."StoredFile" ORDER BY "storageKey"`,
      )
    ).rows;
    await pgTool("pg_dump", [
      "--format=custom",
      "--no-owner",
      "--no-privileges",
      `--schema=${schema}`,
      `--snapshot=${snapshotId}`,
      `--file=${path.join(work, POSTGRES_FILE)}`,
      connectionString,
    ]);
    await client.query("COMMIT");
    return { database: "postgresql" as const, tables, files };
  });
}

/** Restores an archive into an empty database and storage (or over them, with `force`); returns its manifest. */
export async function restoreBackup(options: {
  archive: string;
  databaseUrl: string;
  storage: FileStorage;
  force?: boolean;
}): Promise<BackupManifest> {
  const work = await mkdtemp(path.join(tmpdir(), "consortia-restore-"));
  try {
    await run("tar", ["-xzf", path.resolve(options.archive), "-C", work]);
    const manifest = JSON.parse(await readFile(path.join(work, "manifest.json"), "utf8")) as BackupManifest;
    if (manifest.format !== "consortia-backup-1") throw new Error("This is not a Consortia backup archive.");
    for (const file of manifest.files) {
      const sha256 = await copyWithHash(createReadStream(path.join(work, "files", file.storageKey)), null);
      if (sha256 !== file.sha256)
        throw new Error(`The archive's file ${file.storageKey} does not match its checksum: the archive is damaged.`);
    }
    const onPostgres = isPostgresUrl(options.databaseUrl);
    if ((manifest.database === "postgresql") !== onPostgres) {
      throw new Error(
        `This archive holds a ${manifest.database} database; DATABASE_URL points at ${onPostgres ? "PostgreSQL" : "SQLite"}.`,
      );
    }
    if (!options.force && ((await countRows(options.databaseUrl)) > 0 || !(await options.storage.isEmpty()))) {
      throw new Error(
        "The database or the file storage is not empty: restore into empty ones, or pass --force to overwrite.",
      );
    }
    if (onPostgres) await restorePostgres(options.databaseUrl, path.join(work, POSTGRES_FILE));
    else await restoreSqlite(options.databaseUrl, path.join(work, SQLITE_FILE));
    for (const file of manifest.files) {
      const staged = await options.storage.stage(
        createReadStream(path.join(work, "files", file.storageKey)),
        file.sizeBytes,
      );
      await options.storage.commit(staged, file.storageKey);
    }
    const restored = await tableCounts(options.databaseUrl);
    for (const [table, count] of Object.entries(manifest.tables)) {
      if (restored[table] !== count)
        throw new Error(`Restored ${restored[table] ?? 0} rows of ${table}, the backup holds ${count}.`);
    }
    return manifest;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

async function restoreSqlite(databaseUrl: string, snapshot: string) {
  const target = sqliteFilePath(databaseUrl);
  await mkdir(path.dirname(target), { recursive: true });
  for (const suffix of ["-wal", "-shm", "-journal"]) await rm(target + suffix, { force: true });
  await copyFile(snapshot, target);
}

async function restorePostgres(databaseUrl: string, dump: string) {
  const { connectionString } = await withPostgres(databaseUrl, async (client, target) => {
    await client.query("SET client_min_messages TO WARNING");
    await client.query(`DROP SCHEMA IF EXISTS "${target.schema}" CASCADE`);
    return target;
  });
  await pgTool("pg_restore", [
    "--no-owner",
    "--no-privileges",
    "--exit-on-error",
    `--dbname=${connectionString}`,
    dump,
  ]);
}

/** Rows per table of the database as it is now. */
async function tableCounts(databaseUrl: string): Promise<Record<string, number>> {
  if (!isPostgresUrl(databaseUrl)) {
    const database = new Database(sqliteFilePath(databaseUrl), { readonly: true });
    try {
      return sqliteTableCounts(database);
    } finally {
      database.close();
    }
  }
  return withPostgres(databaseUrl, (client, { schema }) => postgresTableCounts(client, schema));
}

/** Runs `work` on a connection to the database of `databaseUrl`, closed afterwards whatever happens. */
async function withPostgres<Result>(
  databaseUrl: string,
  work: (client: pg.Client, target: { connectionString: string; schema: string }) => Promise<Result>,
): Promise<Result> {
  const target = postgresConnection(databaseUrl);
  const client = new pg.Client({ connectionString: target.connectionString });
  await client.connect();
  try {
    return await work(client, target);
  } finally {
    await client.end();
  }
}

function sqliteTableCounts(database: Database.Database): Record<string, number> {
  const names = database
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string }[];
  return Object.fromEntries(
    names.map(({ name }) => [
      name,
      (database.prepare(`SELECT COUNT(*) AS count FROM "${name}"`).get() as { count: number }).count,
    ]),
  );
}

async function postgresTableCounts(client: pg.Client, schema: string): Promise<Record<string, number>> {
  const names = (
    await client.query<{ name: string }>(
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE' ORDER BY 1",
      [schema],
    )
  ).rows;
  const counts: Record<string, number> = {};
  for (const { name } of names) {
    counts[name] = Number(
      (await client.query<{ count: string }>(`SELECT COUNT(*) AS count FROM "${schema}"."${name}"`)).rows[0]!.count,
    );
  }
  return counts;
}

/** Rows in the app's own tables (migration bookkeeping aside): 0 for a new or missing database. */
async function countRows(databaseUrl: string): Promise<number> {
  if (!isPostgresUrl(databaseUrl) && !existsSync(sqliteFilePath(databaseUrl))) return 0;
  const counts = await tableCounts(databaseUrl);
  return Object.entries(counts)
    .filter(([table]) => table !== "_prisma_migrations")
    .reduce((total, [, count]) => total + count, 0);
}

/** Streams `source` to `target` (or nowhere), returning the SHA-256 of what passed. */
async function copyWithHash(source: NodeJS.ReadableStream, target: string | null): Promise<string> {
  const hash = createHash("sha256");
  const hashing = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      callback(null, chunk);
    },
  });
  if (target) await pipeline(source, hashing, createWriteStream(target, { mode: 0o600 }));
  else
    await pipeline(source, hashing, async function* (chunks) {
      for await (const chunk of chunks) void chunk;
    });
  return hash.digest("hex");
}

async function pgTool(tool: "pg_dump" | "pg_restore", args: string[]): Promise<void> {
  try {
    await run(tool, args, { maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      throw new Error(
        `${tool} is not installed: install PostgreSQL's client tools (Debian: apt-get install postgresql-client).`,
      );
    }
    throw error;
  }
}
