/**
 * The end-to-end tests run in several workers, each against a server and a database of its own, so that what one
 * spec changes never meets another running at the same time. Worker n (its parallel index) uses port 3100 + n and,
 * on SQLite, data/e2e-<n>.db; on PostgreSQL (E2E_DATABASE_URL), a schema of its own in that database.
 */
export const E2E_WORKERS = 2;

const FIRST_PORT = 3100;

export function e2ePort(worker: number): number {
  return FIRST_PORT + worker;
}

export function e2eServerUrl(worker: number): string {
  return `http://127.0.0.1:${e2ePort(worker)}`;
}

export function e2eDatabaseUrl(worker: number): string {
  const shared = process.env.E2E_DATABASE_URL;
  if (!shared) return `file:./data/e2e-${worker}.db`;
  const url = new URL(shared);
  url.searchParams.set("schema", `e2e_worker_${worker}`);
  return url.toString();
}
