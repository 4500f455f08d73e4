import "server-only";
import { isStorageKeyReferenced } from "@/lib/dal/files";
import { env } from "@/lib/env";
import { fileStorage } from "./index";

/**
 * Crash recovery, run at start-up: an upload cut off mid-way leaves a staging file, and a crash between
 * storing a file and recording it leaves a file without a row. Both are removed.
 */
export async function sweepStorage(): Promise<string[]> {
  const { removed } = await fileStorage.sweep(isStorageKeyReferenced, env.STORAGE_SWEEP_GRACE_SECONDS * 1000);
  if (removed.length) console.warn(`[storage] Removed ${removed.length} leftover file(s) from interrupted uploads.`);
  return removed;
}
