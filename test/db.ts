/** Test helpers over the per-file database prepared by test/setup-database.ts. */
import { db } from "@/lib/dal/db";
import { seedDemoData } from "@/lib/seed/seed-demo";

export { db };

/** The demo data, for the tests of the demo data itself and of backups (a database with every table filled). */
export async function seedDemo(): Promise<void> {
  await seedDemoData(db);
}
