import { existsSync } from "node:fs";

/**
 * For command-line tools (Prisma CLI, seed, benchmarks): read the same .env that Next.js reads, without
 * overriding variables already set in the environment.
 */
export function loadDotenv(path = ".env"): void {
  if (existsSync(path)) process.loadEnvFile(path);
}
