import "server-only";
import { env } from "@/lib/env";
import { LocalDiskStorage, type FileStorage } from "./file-storage";

/** The app's file store. */
export const fileStorage: FileStorage = new LocalDiskStorage(env.STORAGE_DIR);
