import "server-only";
import { env } from "@/lib/env";
import { LocalDiskStorage, type FileStorage } from "./file-storage";
import { S3Storage } from "./s3-storage";

/** The app's file store, chosen by STORAGE_DRIVER. */
export const fileStorage: FileStorage =
  env.STORAGE_DRIVER === "s3"
    ? new S3Storage(
        {
          endpoint: env.S3_ENDPOINT,
          region: env.S3_REGION,
          bucket: env.S3_BUCKET!,
          accessKeyId: env.S3_ACCESS_KEY_ID,
          secretAccessKey: env.S3_SECRET_ACCESS_KEY,
          forcePathStyle: env.S3_FORCE_PATH_STYLE,
        },
        env.STORAGE_DIR,
      )
    : new LocalDiskStorage(env.STORAGE_DIR);
