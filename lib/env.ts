import { z } from "zod";
import { isPostgresUrl } from "@/lib/db/postgres-url";
import { DEFAULT_DATABASE_URL } from "@/lib/db/sqlite-url";

const optionalText = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .optional();

const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .default(DEFAULT_DATABASE_URL)
    .refine(
      (url) => url.startsWith("file:") || isPostgresUrl(url),
      "DATABASE_URL must be a SQLite file: URL (file:./data/consortia.db) or a postgresql:// URL",
    ),
  // next-auth reads AUTH_SECRET itself; checked here so that a missing secret fails at start-up with a clear message.
  AUTH_SECRET: optionalText,
  /** The app's public address, for links in e-mails; without it, the address of the request is used. */
  AUTH_URL: optionalText.pipe(z.url("AUTH_URL must be a URL such as https://consortia.example.org").optional()),
  /** Where uploaded files are kept: the local disk (STORAGE_DIR) or an S3-compatible bucket (S3_*). */
  STORAGE_DRIVER: z.enum(["local", "s3"]).default("local"),
  /** Uploaded files live here, outside public/, under random names; with S3, uploads are staged here. */
  STORAGE_DIR: z.string().trim().min(1).default("./storage"),
  /** For stores other than AWS (MinIO, Ceph, Garage, ...): their address, such as https://s3.example.org. */
  S3_ENDPOINT: optionalText.pipe(z.url("S3_ENDPOINT must be a URL such as https://s3.example.org").optional()),
  S3_REGION: z.string().trim().min(1).default("us-east-1"),
  S3_BUCKET: optionalText,
  /** Without them, the AWS SDK's own credential chain (environment, instance role) is used. */
  S3_ACCESS_KEY_ID: optionalText,
  S3_SECRET_ACCESS_KEY: optionalText,
  /** "true" for stores that address buckets by path (most stores other than AWS). */
  S3_FORCE_PATH_STYLE: z
    .enum(["true", "false"])
    .default("false")
    .transform((value) => value === "true"),
  /** The largest upload accepted, in bytes (25 MB by default). */
  MAX_UPLOAD_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(2 * 1024 * 1024 * 1024)
    .default(25 * 1024 * 1024),
  /** The most one person may upload within 10 minutes: files, and bytes (100 MB by default). */
  UPLOAD_RATE_FILES: z.coerce.number().int().min(1).default(20),
  UPLOAD_RATE_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(100 * 1024 * 1024),
  /** The most all of one project's files (every version) may take together (5 GB by default). */
  PROJECT_STORAGE_QUOTA_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(5 * 1024 * 1024 * 1024),
  /**
   * At start-up, staging leftovers and files no row refers to are removed once older than this. 0 suits a
   * single instance; with several instances sharing the storage, allow for uploads under way elsewhere.
   * The default is 0 on the local disk and an hour with S3 (a bucket is usually shared by instances).
   */
  STORAGE_SWEEP_GRACE_SECONDS: z.coerce.number().int().min(0).optional(),
  /**
   * How many reverse proxies in front of the app to trust for the client's address (X-Forwarded-For), for
   * sign-in throttling. 0: the connection's own address, and X-Forwarded-For is ignored.
   */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  OIDC_ISSUER: optionalText,
  OIDC_CLIENT_ID: optionalText,
  OIDC_CLIENT_SECRET: optionalText,
  OIDC_NAME: z.string().trim().min(1).default("Single sign-on"),
  /** SMTP server for outgoing mail; without it, mail stays in the outbox that administrators read. */
  SMTP_HOST: optionalText,
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
  /** "true" for implicit TLS (usually port 465); otherwise STARTTLS is used when the server offers it. */
  SMTP_SECURE: z
    .enum(["true", "false"])
    .default("false")
    .transform((value) => value === "true"),
  SMTP_USER: optionalText,
  SMTP_PASSWORD: optionalText,
  MAIL_FROM: z.string().trim().min(3).default("Consortia <no-reply@consortia.invalid>"),
});

export type Env = Omit<z.infer<typeof ZEnv>, "STORAGE_SWEEP_GRACE_SECONDS"> & { STORAGE_SWEEP_GRACE_SECONDS: number };

function parseEnv(): Env {
  const parsed = ZEnv.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${problems.join("\n")}`);
  }
  const data = parsed.data;
  if (data.STORAGE_DRIVER === "s3" && !data.S3_BUCKET)
    throw new Error("Invalid environment: STORAGE_DRIVER=s3 needs S3_BUCKET.");
  if (Boolean(data.S3_ACCESS_KEY_ID) !== Boolean(data.S3_SECRET_ACCESS_KEY)) {
    throw new Error("Invalid environment: set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither.");
  }
  const oidc = [parsed.data.OIDC_ISSUER, parsed.data.OIDC_CLIENT_ID, parsed.data.OIDC_CLIENT_SECRET];
  if (oidc.some(Boolean) && !oidc.every(Boolean)) {
    throw new Error("Invalid environment: set all of OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET, or none.");
  }
  return {
    ...data,
    STORAGE_SWEEP_GRACE_SECONDS: data.STORAGE_SWEEP_GRACE_SECONDS ?? (data.STORAGE_DRIVER === "s3" ? 3600 : 0),
  };
}

/** The validated environment; nothing else in the app reads process.env. */
export const env = parseEnv();

export const isSmtpConfigured = Boolean(env.SMTP_HOST);

export const isOidcConfigured = Boolean(env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET);
