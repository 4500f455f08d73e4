import { createPrismaClient } from "@/lib/db/client";
import { loadDotenv } from "@/lib/db/load-dotenv";
import { DEFAULT_DATABASE_URL } from "@/lib/db/sqlite-url";
import { seedDemoData } from "@/lib/seed/seed-demo";

async function main() {
  loadDotenv();
  const url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  const db = createPrismaClient(url);
  try {
    await seedDemoData(db);
    const [organisations, projects, deliverables, users] = await Promise.all([
      db.organisation.count(),
      db.project.count(),
      db.deliverable.count(),
      db.user.count(),
    ]);
    console.log(
      `Demo data ready in ${withoutPassword(url)}: ${organisations} organisations, ${projects} projects, ${deliverables} deliverables, ${users} users.`,
    );
  } finally {
    await db.$disconnect();
  }
}

/** A PostgreSQL URL's password stays out of the logs. */
function withoutPassword(url: string): string {
  if (url.startsWith("file:")) return url;
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
