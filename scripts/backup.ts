// Writes one backup archive of the database and every stored file, while the app runs:
//   npm run backup                      -> backups/consortia-<UTC timestamp>.tar.gz
//   npm run backup -- --out /srv/b.tar.gz
// Settings (DATABASE_URL, STORAGE_*, S3_*) come from the environment or .env, as for the app.
import { parseArgs } from "node:util";
import { loadDotenv } from "@/lib/db/load-dotenv";

loadDotenv();
const { values } = parseArgs({ options: { out: { type: "string" } }, strict: true });

async function main(): Promise<void> {
  // After .env is loaded: the environment is read when these are first imported.
  const { env } = await import("@/lib/env");
  const { fileStorage } = await import("@/lib/storage");
  const { createBackup } = await import("@/lib/backup/backup");
  const stamp = new Date()
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");
  const out = values.out ?? `backups/consortia-${stamp}.tar.gz`;
  const manifest = await createBackup({ databaseUrl: env.DATABASE_URL, storage: fileStorage, out });
  const rows = Object.values(manifest.tables).reduce((total, count) => total + count, 0);
  console.log(
    `Backup written to ${out}: ${manifest.database} database, ${Object.keys(manifest.tables).length} tables, ${rows} rows, ${manifest.files.length} files.`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
