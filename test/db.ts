/** Test helpers over the per-file database prepared by test/setup-database.ts. */
import { db } from "@/lib/dal/db";
import { sessionUserSelect } from "@/lib/dal/users";
import { seedDemoData } from "@/lib/seed/seed-demo";
import type { SessionUser } from "@/lib/access/permissions";

export { db };

export async function seedDemo(): Promise<void> {
  await seedDemoData(db);
}

/** A demo account as the session would present it. */
export async function demoUser(email: string): Promise<SessionUser> {
  return db.user.findUniqueOrThrow({
    where: { email },
    select: sessionUserSelect,
  });
}
