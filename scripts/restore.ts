// Restores a backup archive into an empty database and file storage (the ones the settings name):
//   npm run restore -- backups/consortia-20261201T120000Z.tar.gz
//   npm run restore -- <archive> --force      overwrites a database or storage that is not empty
// Verifies every file's checksum before anything is written, and every table's row count after.
import { parseArgs } from "node:util";
import { loadDotenv } from "@/lib/db/load-dotenv";

loadDotenv();
const { values, positionals } = parseArgs({
  options: { force: { type: "boolean", default: false } },
  allowPositionals: true,
  strict: true,
});

async function main(): Promise<void> {
  const archive = positionals[0];
  if (!archive || positionals.length > 1) throw new Error("Usage: npm run restore -- <archive.tar.gz> [--force]");
  const { env } = await import("@/lib/env");
  const { fileStorage } = await import("@/lib/storage");
  const { restoreBackup } = await import("@/lib/backup/backup");
  const manifest = await restoreBackup({
    archive,
    databaseUrl: env.DATABASE_URL,
    storage: fileStorage,
    force: values.force,
  });
  const rows = Object.values(manifest.tables).reduce((total, count) => total + count, 0);
  console.log(
    `Restored the backup of ${manifest.createdAt}: ${Object.keys(manifest.tables).length} tables, ${rows} rows, ${manifest.files.length} files, all checked.`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
