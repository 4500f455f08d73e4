import "server-only";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { env } from "@/lib/env";

export type { Prisma } from "@/generated/prisma/client";

// One client per server process; kept on globalThis so that hot reloads in development reuse it.
const globalForDb = globalThis as unknown as { consortiaDb?: Db };

export const db: Db = globalForDb.consortiaDb ?? createPrismaClient(env.DATABASE_URL);

if (env.NODE_ENV === "development") globalForDb.consortiaDb = db;
