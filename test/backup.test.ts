/**
 * A backup taken while writes go on restores into an empty database and storage, exactly: every table as
 * it was when the backup began (plus what the snapshot caught of the writes under way, no more than the
 * manifest counts), and every file with its SHA-256. On SQLite with the local disk; on PostgreSQL with S3.
 */
import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import Database from "better-sqlite3";
import pg from "pg";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBackup, restoreBackup } from "@/lib/backup/backup";
import { isPostgresUrl, postgresConnection } from "@/lib/db/postgres-url";
import { sqliteFilePath } from "@/lib/db/sqlite-url";
import { LocalDiskStorage, newStorageKey, type FileStorage } from "@/lib/storage/file-storage";
import { S3Storage } from "@/lib/storage/s3-storage";
import { db, seedDemo } from "@/test/db";
import { createConsortium, createDeliverable } from "@/test/factories";

const sourceUrl = process.env.DATABASE_URL!;
const onPostgres = isPostgresUrl(sourceUrl);
const folder = () => mkdtempSync(path.join(tmpdir(), "consortia-backup-test-"));
let s3server: S3rver | null = null;
let storageOf: (name: string) => FileStorage;

/** Every row of every table (migration log aside), as plain JSON, read the same way before and after. */
async function readTables(url: string): Promise<Record<string, string[]>> {
  if (!isPostgresUrl(url)) {
    const database = new Database(sqliteFilePath(url), { readonly: true });
    try {
      const names = database
        .prepare(
          "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations'",
        )
        .all() as { name: string }[];
      return Object.fromEntries(
        names.map(({ name }) => [
          name,
          (database.prepare(`SELECT * FROM "${name}"`).all() as object[]).map((row) => JSON.stringify(row)).sort(),
        ]),
      );
    } finally {
      database.close();
    }
  }
  const { connectionString, schema } = postgresConnection(url);
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const names = (
      await client.query<{ name: string }>(
        "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'",
        [schema],
      )
    ).rows;
    const tables: Record<string, string[]> = {};
    for (const { name } of names)
      tables[name] = (await client.query(`SELECT * FROM "${schema}"."${name}"`)).rows
        .map((row) => JSON.stringify(row))
        .sort();
    return tables;
  } finally {
    await client.end();
  }
}

async function sha256Of(stream: Readable): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of stream) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

beforeAll(async () => {
  if (onPostgres) {
    s3server = new S3rver({
      address: "127.0.0.1",
      port: 0,
      silent: true,
      directory: folder(),
      configureBuckets: [
        { name: "source", configs: [] },
        { name: "target", configs: [] },
      ],
    });
    const endpoint = `http://127.0.0.1:${(await s3server.run()).port}`;
    storageOf = (bucket) =>
      new S3Storage(
        {
          endpoint,
          region: "us-east-1",
          bucket,
          accessKeyId: "S3RVER",
          secretAccessKey: "S3RVER",
          forcePathStyle: true,
        },
        folder(),
      );
  } else {
    const roots: Record<string, string> = { source: folder(), target: folder() };
    storageOf = (name) => new LocalDiskStorage(roots[name]!);
  }
  // A database with a row in every table to back up: the demo data, and a consortium of the factories'.
  await seedDemo();
  const consortium = await createConsortium();
  const deliverable = await createDeliverable(consortium, {
    number: "D1.1",
    responsiblePartnerId: consortium.project.partnerAId,
  });
  // Files to back up: stored, and recorded as their rows say.
  const partner = consortium.partnerA;
  const source = storageOf("source");
  for (let index = 1; index <= 3; index++) {
    const content = Buffer.concat([Buffer.from("%PDF-1.4\n"), randomBytes(50_000 * index)]);
    const staged = await source.stage(Readable.from([content]), content.length);
    const storageKey = newStorageKey();
    await source.commit(staged, storageKey);
    await db.storedFile.create({
      data: {
        storageKey,
        originalName: `file-${index}.pdf`,
        mimeType: "application/pdf",
        sizeBytes: staged.sizeBytes,
        sha256: staged.sha256,
        versionNumber: 1,
        documentId: (await db.document.create({ data: { title: `file-${index}.pdf`, deliverableId: deliverable.id } }))
          .id,
        uploadedById: partner.id,
        deliverableId: deliverable.id,
      },
    });
  }
});

afterAll(async () => {
  await s3server?.close();
});

describe("backup and restore", () => {
  it("restores exactly what the backup holds, taken while writes went on", async () => {
    const before = await readTables(sourceUrl);
    const archive = path.join(folder(), "backup.tar.gz");

    // Another user of the database goes on writing while the backup runs.
    let writing = true;
    let written = 0;
    const writer = (async () => {
      while (writing) {
        await db.auditEvent.create({ data: { action: "test.write", entityType: "Test", entityId: String(written++) } });
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();
    const manifest = await createBackup({ databaseUrl: sourceUrl, storage: storageOf("source"), out: archive });
    writing = false;
    await writer;
    expect(written).toBeGreaterThan(0);
    expect(manifest.files).toHaveLength(3);

    // Into a database and storage that are not empty, only with --force.
    await expect(restoreBackup({ archive, databaseUrl: sourceUrl, storage: storageOf("source") })).rejects.toThrow(
      /not empty/,
    );

    // Wipe (on PostgreSQL the app's schema; on SQLite a new file stands for it), then restore.
    let targetUrl = sourceUrl;
    if (onPostgres) {
      const { connectionString, schema } = postgresConnection(sourceUrl);
      const client = new pg.Client({ connectionString });
      await client.connect();
      await client.query("SET client_min_messages TO WARNING");
      await client.query(`DROP SCHEMA "${schema}" CASCADE`);
      await client.end();
    } else {
      targetUrl = `file:${path.join(folder(), "restored.db")}`;
    }
    const target = storageOf("target");
    expect(await target.isEmpty()).toBe(true);
    await restoreBackup({ archive, databaseUrl: targetUrl, storage: target });

    const restored = await readTables(targetUrl);
    for (const [table, rows] of Object.entries(before)) {
      expect(restored[table]?.length, table).toBe(manifest.tables[table]);
      if (table === "AuditEvent") {
        // The rows from before, and those of the writes that the snapshot caught.
        expect(restored[table]!.length).toBeGreaterThanOrEqual(rows.length);
        for (const row of rows) expect(restored[table]).toContain(row);
      } else {
        expect(restored[table], table).toEqual(rows);
      }
    }
    for (const file of manifest.files) expect(await sha256Of(await target.read(file.storageKey))).toBe(file.sha256);
  });

  it("refuses a damaged archive", async () => {
    await expect(
      restoreBackup({
        archive: path.join(folder(), "missing.tar.gz"),
        databaseUrl: sourceUrl,
        storage: storageOf("target"),
      }),
    ).rejects.toThrow();
  });
});
