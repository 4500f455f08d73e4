/**
 * Two instances of the production build, A and B, on one PostgreSQL database and one S3 store, as behind a
 * load balancer: whatever happens through one is true through the other at once, and a crash of one leaves
 * nothing behind on the shared store.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import S3rver from "s3rver";
import { queryPostgres } from "../e2e/database";
import { expect, test, type Page } from "../e2e/fixtures";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_PROJECT_IDS, type DemoAccount } from "../e2e/helpers";

const DATABASE_URL = process.env.SCALE_DATABASE_URL ?? "";
const DANUBE = DEMO_PROJECT_IDS.danubeIct;
const BUCKET = "consortia-scale";
const S3_KEYS = { S3_ACCESS_KEY_ID: "S3RVER", S3_SECRET_ACCESS_KEY: "S3RVER" };
const INSTANCES = { a: { port: 3201, storageDir: "" }, b: { port: 3202, storageDir: "" } };
type Instance = keyof typeof INSTANCES;
const urlOf = (instance: Instance) => `http://127.0.0.1:${INSTANCES[instance].port}`;
const A = urlOf("a");
const B = urlOf("b");

/** One secret for both, as every instance behind a load balancer must share it. */
const AUTH_SECRET = randomBytes(32).toString("base64url");
let s3server: S3rver;
let s3endpoint = "";
const servers = new Map<Instance, ChildProcess>();

async function startInstance(instance: Instance): Promise<void> {
  const server = spawn(process.execPath, ["server.mjs", "--port", String(INSTANCES[instance].port)], {
    env: {
      ...process.env,
      ...S3_KEYS,
      NODE_ENV: "production",
      DATABASE_URL,
      AUTH_SECRET,
      AUTH_TRUST_HOST: "true",
      TRUSTED_PROXY_HOPS: "1",
      STORAGE_DRIVER: "s3",
      S3_ENDPOINT: s3endpoint,
      S3_BUCKET: BUCKET,
      S3_FORCE_PATH_STYLE: "true",
      STORAGE_DIR: INSTANCES[instance].storageDir,
      STORAGE_SWEEP_GRACE_SECONDS: "0",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  servers.set(instance, server);
  for (let attempt = 0; attempt < 240; attempt++) {
    const ready = await fetch(`${urlOf(instance)}/status`)
      .then((response) => response.ok)
      .catch(() => false);
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Instance ${instance} did not start`);
}

async function stopInstance(instance: Instance, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  const server = servers.get(instance);
  if (!server || server.exitCode !== null) return;
  const exited = new Promise((resolve) => server.once("exit", resolve));
  server.kill(signal);
  await exited;
}

const query = <Row>(sql: string, params: unknown[] = []) => queryPostgres<Row>(DATABASE_URL, sql, params);

async function bucketKeys(): Promise<string[]> {
  const client = new S3Client({
    endpoint: s3endpoint,
    region: "us-east-1",
    forcePathStyle: true,
    credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
  });
  const page = await client.send(new ListObjectsV2Command({ Bucket: BUCKET }));
  return (page.Contents ?? []).map((object) => object.Key!.replace(/^files\//, "")).sort();
}

async function signInAt(page: Page, base: string, account: DemoAccount): Promise<void> {
  await page.goto(`${base}/login`);
  await page.getByLabel("E-mail").fill(DEMO_ACCOUNTS[account]);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
}

const deliverablePath = (number: string) =>
  `/projects/${DANUBE}/deliverables/${DANUBE}-${number.toLowerCase().replace(".", "-")}`;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.skip(!DATABASE_URL, "SCALE_DATABASE_URL is not set: run npm run test:scale");
  execFileSync(process.execPath, ["scripts/e2e-database.mjs"], {
    env: { ...process.env, DATABASE_URL },
    stdio: "ignore",
  });
  s3server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory: mkdtempSync(path.join(tmpdir(), "consortia-s3-")),
    configureBuckets: [{ name: BUCKET, configs: [] }],
  });
  s3endpoint = `http://127.0.0.1:${(await s3server.run()).port}`;
  for (const instance of ["a", "b"] as const)
    INSTANCES[instance].storageDir = mkdtempSync(path.join(tmpdir(), `consortia-${instance}-`));
  await Promise.all([startInstance("a"), startInstance("b")]);
});

test.afterAll(async () => {
  await Promise.all([stopInstance("a"), stopInstance("b")]);
  await s3server?.close();
});

test("a file uploaded through A downloads byte for byte through B", async ({ page }) => {
  await signInAt(page, A, "partner");
  const bytes = Buffer.concat([Buffer.from("%PDF-1.4\n"), randomBytes(300_000), Buffer.from("\n%%EOF\n")]);
  const upload = await page.request.post(`${A}/api/uploads?deliverableId=${DANUBE}-d2-3`, {
    headers: { "X-File-Name": "across.pdf" },
    data: bytes,
  });
  expect(upload.status()).toBe(201);
  const { id } = (await upload.json()) as { id: string };
  const download = await page.request.get(`${B}/api/files/${id}`);
  expect(download.status()).toBe(200);
  expect(Buffer.from(await download.body()).equals(bytes)).toBe(true);
  const [row] = await query<{ storageKey: string }>(`SELECT "storageKey" FROM "StoredFile" WHERE "id" = $1`, [id]);
  expect(await bucketKeys()).toContain(row!.storageKey);
});

test("a status change made on A is seen on B at once", async ({ page }) => {
  await signInAt(page, A, "lead");
  await page.goto(`${A}${deliverablePath("D1.3")}`);
  await page.getByRole("button", { name: "Start the draft" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved.");
  await page.goto(`${B}${deliverablePath("D1.3")}`);
  await expect(page.locator("h1").locator("..").getByText("Draft", { exact: true })).toBeVisible();
});

test("two people saving the same deliverable on A and on B: one succeeds, the other is told", async ({ browser }) => {
  const onA = await (await browser.newContext()).newPage();
  const onB = await (await browser.newContext()).newPage();
  await signInAt(onA, A, "lead");
  await signInAt(onB, B, "admin");
  await onA.goto(`${A}${deliverablePath("D3.2")}/edit`);
  await onB.goto(`${B}${deliverablePath("D3.2")}/edit`);
  await onA.getByLabel("Title").fill("Saved through A");
  await onA.getByRole("button", { name: "Save deliverable" }).click();
  await expect(onA.getByRole("status")).toHaveText("D3.2 saved.");
  await onB.getByLabel("Title").fill("Saved through B");
  await onB.getByRole("button", { name: "Save deliverable" }).click();
  await expect(
    onB.getByRole("alert").filter({ hasText: "Someone else saved D3.2 while you were editing" }),
  ).toContainText("Saved through A");
  const [deliverable] = await query<{ title: string }>(`SELECT "title" FROM "Deliverable" WHERE "id" = $1`, [
    `${DANUBE}-d3-2`,
  ]);
  expect(deliverable!.title).toBe("Saved through A");
});

test("failed sign-ins counted on A throttle on B", async ({ page }) => {
  // Both instances behind one proxy that reports this client's address.
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": "203.0.113.61" });
  await page.goto(`${A}/login`);
  for (let attempt = 1; attempt <= 10; attempt++) {
    await page.getByLabel("E-mail").fill(`nobody-${attempt}@example.org`);
    await page.getByLabel("Password").fill("guess");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Incorrect e-mail or password." })).toBeVisible();
  }
  await page.goto(`${B}/login`);
  await page.getByLabel("E-mail").fill(DEMO_ACCOUNTS.viewer);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Too many failed sign-in attempts" })).toBeVisible();
});

test("the reminder job started for both instances at once sends each digest once", async () => {
  const since = new Date();
  const job = () =>
    new Promise<number>((resolve) => {
      const child = spawn(
        path.resolve("node_modules/.bin/tsx"),
        ["--conditions=react-server", "scripts/send-reminders.ts"],
        {
          env: { ...process.env, DATABASE_URL, SMTP_HOST: "" },
          stdio: "ignore",
        },
      );
      child.once("exit", (code) => resolve(code ?? 1));
    });
  expect(await Promise.all([job(), job()])).toEqual([0, 0]);
  const digests = await query<{ to: string; count: string }>(
    `SELECT "to", COUNT(*) AS "count" FROM "OutboxEmail" WHERE "createdAt" >= $1 GROUP BY "to"`,
    [since],
  );
  expect(digests.length).toBeGreaterThan(0);
  for (const digest of digests) expect(Number(digest.count), digest.to).toBe(1);
});

test("an instance killed mid-upload leaves no orphan on the shared store once it restarts", async ({ page }) => {
  await signInAt(page, B, "partner");
  const cookie = (await page.context().cookies(A)).map((entry) => `${entry.name}=${entry.value}`).join("; ");
  const rowsBefore = await query<{ storageKey: string }>(`SELECT "storageKey" FROM "StoredFile"`);

  // A large upload that arrives slowly, cut off by killing instance A while the body streams in.
  const request = http.request(`${A}/api/uploads?deliverableId=${DANUBE}-d2-3`, {
    method: "POST",
    headers: { Cookie: cookie, "X-File-Name": "cut-off.pdf", "Content-Length": String(5 * 1024 * 1024) },
  });
  request.on("error", () => undefined);
  request.write("%PDF-1.4\n");
  const feeding = setInterval(() => request.write(Buffer.alloc(16 * 1024, 0x20)), 20);
  const staging = path.join(INSTANCES.a.storageDir, "staging");
  await expect
    .poll(() => readdirSync(staging, { withFileTypes: false }).length, { timeout: 30_000 })
    .toBeGreaterThan(0);
  await stopInstance("a", "SIGKILL");
  clearInterval(feeding);
  request.destroy();
  expect(readdirSync(staging).length).toBeGreaterThan(0);

  await startInstance("a");
  expect(readdirSync(staging)).toEqual([]);
  const rows = await query<{ storageKey: string }>(`SELECT "storageKey" FROM "StoredFile"`);
  expect(rows).toHaveLength(rowsBefore.length);
  expect(await bucketKeys()).toEqual(rows.map((row) => row.storageKey).sort());
});
