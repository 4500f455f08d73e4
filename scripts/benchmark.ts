/**
 * Benchmark on a large database: 200 projects and 20,000 deliverables on top of the demo data.
 *
 *   npm run benchmark            (builds first if there is no production build)
 *
 * Prints, as median and p95 over repeated runs:
 * - the server time of pages, requested over HTTP from `next start` as a signed-in lead and coordinator,
 *   among them the portfolio and the Gantt of a project with 100 work packages and 1,000 deliverables;
 * - the first-load JavaScript of the timeline routes (the scripts a browser fetches, gzip-compressed);
 * - the time of a bulk status change of 100 deliverables (the data layer, in this process);
 * - the number of SQL statements the deliverables page's data takes for a project with 10 and with
 *   500 deliverables: equal counts mean no query per row (no N+1).
 *
 * It only ever writes data/bench.db, which it recreates.
 */
import Database from "better-sqlite3";
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const DATABASE_FILE = path.resolve("data/bench.db");
const DATABASE_URL = `file:${DATABASE_FILE}`;
const PORT = 3200;
const BASE_URL = `http://127.0.0.1:${PORT}`;
const PROJECTS = 200;
const DELIVERABLES_PER_PROJECT = 100;
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const WARM_UP = 3;

process.env.DATABASE_URL = DATABASE_URL;

type Stats = { median: number; p95: number; runs: number };

function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return { median: at(0.5), p95: at(0.95), runs: sorted.length };
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

function createDatabase() {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(DATABASE_FILE + suffix, { force: true });
  const database = new Database(DATABASE_FILE);
  const migrations = path.resolve("prisma/migrations");
  for (const name of readdirSync(migrations).filter((entry) => /^\d/.test(entry)).sort()) {
    database.exec(readFileSync(path.join(migrations, name, "migration.sql"), "utf8"));
  }
  database.pragma("journal_mode = WAL");
  database.close();
}

/** Fills the database fast with raw inserts in one transaction; the demo data gives users and organisations. */
function generateProjects(leadUserId: string, organisationIds: string[]): { small: string; large: string; huge: string } {
  const database = new Database(DATABASE_FILE);
  const now = new Date().toISOString();
  const insert = {
    project: database.prepare(
      `INSERT INTO "Project" (id, acronym, title, programmeId, startDate, durationMonths, status, currency, totalCost, grantAmount, cofinancingRate, isDemo, version, createdAt, updatedAt)
       VALUES (?, ?, ?, 'demo-prog-interreg-danube', ?, 36, 'RUNNING', 'EUR', '1000000', '800000', '0.8', 1, 1, ?, ?)`,
    ),
    member: database.prepare(`INSERT INTO "ProjectMembership" (id, userId, projectId, role, createdAt) VALUES (?, ?, ?, 'LEAD', ?)`),
    partner: database.prepare(
      `INSERT INTO "ProjectPartner" (id, projectId, organisationId, role, partnerNumber, budgetAmount, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, '250000', ?, ?)`,
    ),
    workPackage: database.prepare(
      `INSERT INTO "WorkPackage" (id, projectId, number, title, leadPartnerId, startMonth, endMonth, version, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, 1, 36, 1, ?, ?)`,
    ),
    deliverable: database.prepare(
      `INSERT INTO "Deliverable" (id, projectId, workPackageId, number, title, responsiblePartnerId, type, dissemination, dueMonth, status, version, createdAt, updatedAt)
       VALUES (?, ?, ?, ?, ?, ?, 'R', 'PU', ?, ?, 1, ?, ?)`,
    ),
    milestone: database.prepare(`INSERT INTO "Milestone" (id, projectId, number, title, dueMonth, version, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, 1, ?, ?)`),
    period: database.prepare(`INSERT INTO "ReportingPeriod" (id, projectId, number, startMonth, endMonth, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?)`),
  };
  const statuses = ["PENDING", "DRAFT", "IN_REVIEW", "SUBMITTED", "APPROVED", "DRAFT"];
  // bench-0: 10 deliverables, bench-1: 500, bench-2: 1,000 in 100 work packages (the largest Gantt).
  const deliverableCounts = (index: number) => (index === 0 ? 10 : index === 1 ? 500 : index === 2 ? 1000 : DELIVERABLES_PER_PROJECT);
  const workPackageCounts = (index: number) => (index === 2 ? 100 : 5);
  database.transaction(() => {
    for (let index = 0; index < PROJECTS; index++) {
      const id = `bench-${index}`;
      const start = new Date(Date.UTC(2024 + (index % 3), index % 12, 1)).toISOString();
      insert.project.run(id, `BENCH-${String(index).padStart(3, "0")}`, `Benchmark project ${index}`, start, now, now);
      insert.member.run(`${id}-lead`, leadUserId, id, now);
      for (let partner = 0; partner < 4; partner++) {
        insert.partner.run(`${id}-pp${partner + 1}`, id, organisationIds[(index + partner) % organisationIds.length], partner === 0 ? "LEAD_PARTNER" : "PARTNER", partner + 1, now, now);
      }
      for (let workPackage = 1; workPackage <= workPackageCounts(index); workPackage++) {
        insert.workPackage.run(`${id}-wp${workPackage}`, id, workPackage, `Work package ${workPackage}`, `${id}-pp${(workPackage % 4) + 1}`, now, now);
      }
      for (let period = 1; period <= 6; period++) insert.period.run(`${id}-p${period}`, id, period, (period - 1) * 6 + 1, period * 6, now, now);
      for (let milestone = 1; milestone <= 6; milestone++) insert.milestone.run(`${id}-ms${milestone}`, id, milestone, `Milestone ${milestone}`, milestone * 6, now, now);
      for (let number = 0; number < deliverableCounts(index); number++) {
        const workPackages = workPackageCounts(index);
        const workPackage = (number % workPackages) + 1;
        insert.deliverable.run(
          `${id}-d${number}`,
          id,
          `${id}-wp${workPackage}`,
          `D${workPackage}.${Math.floor(number / workPackages) + 1}`,
          `Deliverable ${number} of project ${index}`,
          `${id}-pp${(number % 4) + 1}`,
          (number % 36) + 1,
          statuses[number % statuses.length],
          now,
          now,
        );
      }
    }
  })();
  database.close();
  return { small: "bench-0", large: "bench-1", huge: "bench-2" };
}

/** Counts the SQL statements better-sqlite3 prepares: every query Prisma sends goes through prepare(). */
let statementCount = 0;
const originalPrepare = Database.prototype.prepare;
Database.prototype.prepare = function countedPrepare(this: Database.Database, source: string) {
  statementCount++;
  return originalPrepare.call(this, source);
} as typeof Database.prototype.prepare;

async function countStatements(run: () => Promise<unknown>): Promise<number> {
  await run(); // warm: the first call may load the engine
  const before = statementCount;
  await run();
  return statementCount - before;
}

async function timeIt(run: () => Promise<unknown>): Promise<Stats> {
  for (let index = 0; index < WARM_UP; index++) await run();
  const samples: number[] = [];
  for (let index = 0; index < RUNS; index++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return stats(samples);
}

async function startServer(): Promise<ChildProcess> {
  const server = spawn(path.resolve("node_modules/.bin/next"), ["start", "--port", String(PORT)], {
    env: { ...process.env, DATABASE_URL, AUTH_TRUST_HOST: "true", NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      if ((await fetch(`${BASE_URL}/login`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  server.kill();
  throw new Error("next start did not answer within 60 s");
}

/** Signs in through next-auth's credentials endpoint, as the login form does, and returns the cookies. */
async function signIn(email: string): Promise<string> {
  const csrfResponse = await fetch(`${BASE_URL}/api/auth/csrf`);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const csrfCookie = csrfResponse.headers.getSetCookie().map((cookie) => cookie.split(";")[0]).join("; ");
  const response = await fetch(`${BASE_URL}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: csrfCookie },
    body: new URLSearchParams({ email, password: "demo-password", csrfToken, callbackUrl: BASE_URL }),
  });
  const session = response.headers.getSetCookie().find((cookie) => cookie.startsWith("authjs.session-token="));
  if (!session) throw new Error(`Sign-in as ${email} failed (${response.status})`);
  return `${csrfCookie}; ${session.split(";")[0]}`;
}

async function timePage(cookie: string, pathName: string): Promise<Stats> {
  return timeIt(async () => {
    const response = await fetch(`${BASE_URL}${pathName}`, { headers: { Cookie: cookie } });
    const body = await response.text();
    if (response.status !== 200 || body.length < 1000) throw new Error(`${pathName} answered ${response.status}`);
  });
}

async function main() {
  if (!existsSync(".next/BUILD_ID")) throw new Error("No production build: run `npm run build` first (npm run benchmark does).");
  const seedStarted = performance.now();
  createDatabase();
  const { createPrismaClient } = await import("@/lib/db/client");
  const { seedDemoData } = await import("@/lib/seed/seed-demo");
  const seedClient = createPrismaClient(DATABASE_URL);
  await seedDemoData(seedClient);
  const lead = await seedClient.user.findUniqueOrThrow({ where: { email: "lead@demo.test" }, select: { id: true, email: true, name: true, role: true, organisationId: true } });
  const organisations = (await seedClient.organisation.findMany({ select: { id: true } })).map((organisation) => organisation.id);
  await seedClient.$disconnect();
  const { small, large, huge } = generateProjects(lead.id, organisations);

  const { db } = await import("@/lib/dal/db");
  const [projects, deliverables] = await Promise.all([db.project.count(), db.deliverable.count()]);
  console.log(`Database: ${projects} projects, ${deliverables} deliverables (built in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s).`);
  console.log(`Runs: ${RUNS} after ${WARM_UP} warm-up runs; times are wall-clock on this machine.\n`);

  const { findProjectDeliverables, bulkChangeDeliverableStatus } = await import("@/lib/dal/deliverables");
  const { getProjectDetail } = await import("@/lib/dal/projects");

  console.log("SQL statements per page's data (equal for 10 and 500 deliverables means no N+1):");
  for (const [label, run] of [
    ["deliverables list", (projectId: string) => findProjectDeliverables(lead, projectId, {})],
    ["project page", (projectId: string) => getProjectDetail(lead, projectId)],
  ] as const) {
    const [withTen, withFiveHundred] = [await countStatements(() => run(small)), await countStatements(() => run(large))];
    console.log(`  ${label.padEnd(20)} 10 deliverables: ${withTen}   500 deliverables: ${withFiveHundred}   ${withTen === withFiveHundred ? "equal" : "DIFFERENT"}`);
  }

  const ids = Array.from({ length: 500 }, (_, index) => `${large}-d${index}`);
  const drafts = (await db.deliverable.findMany({ where: { id: { in: ids }, status: "DRAFT" }, select: { id: true }, take: 100 })).map((row) => row.id);
  let toReview = true;
  const bulk = await timeIt(async () => {
    await bulkChangeDeliverableStatus(lead, { projectId: large, deliverableIds: drafts, toStatus: toReview ? "IN_REVIEW" : "DRAFT", comment: null, lateJustification: null });
    toReview = !toReview;
  });
  console.log(`\nBulk status change of ${drafts.length} deliverables (one transaction): median ${ms(bulk.median)}, p95 ${ms(bulk.p95)}`);

  const server = await startServer();
  try {
    const leadCookie = await signIn("lead@demo.test");
    const coordinatorCookie = await signIn("coordinator@demo.test");
    console.log("\nServer time over HTTP:");
    const pages: [string, string, string][] = [
      [`Deliverables page, ${DELIVERABLES_PER_PROJECT} deliverables (lead)`, leadCookie, `/projects/bench-7/deliverables`],
      ["Deliverables page, 500 deliverables (lead)", leadCookie, `/projects/${large}/deliverables`],
      ["Project page, 500 deliverables (lead)", leadCookie, `/projects/${large}`],
      ["Dashboard (lead of 200 projects)", leadCookie, "/dashboard"],
      ["Portfolio, 203 projects (coordinator)", coordinatorCookie, "/portfolio"],
      ["Gantt, 100 WPs + 1,000 deliverables (coordinator)", coordinatorCookie, `/projects/${huge}/timeline`],
      ["Gantt in dates, same project (coordinator)", coordinatorCookie, `/projects/${huge}/timeline?scale=dates`],
      ["Budget page (coordinator)", coordinatorCookie, `/projects/${DEMO_PROJECT}/budget`],
    ];
    for (const [label, cookie, pathName] of pages) {
      const result = await timePage(cookie, pathName);
      console.log(`  ${label.padEnd(52)} median ${ms(result.median).padStart(9)}   p95 ${ms(result.p95).padStart(9)}`);
    }
    console.log("\nFirst-load JavaScript (all scripts of the page, gzip):");
    for (const pathName of ["/portfolio", `/projects/${huge}/timeline`, `/projects/${DEMO_PROJECT}/budget`]) {
      const { files, bytes } = await firstLoadJs(coordinatorCookie, pathName);
      console.log(`  ${pathName.padEnd(40)} ${(bytes / 1024).toFixed(1)} kB in ${files} files`);
    }
  } finally {
    server.kill();
    await db.$disconnect();
  }
}

const DEMO_PROJECT = "demo-proj-danube-ict";

/** The scripts a browser loads for a page, measured gzip-compressed as they travel. */
async function firstLoadJs(cookie: string, pathName: string): Promise<{ files: number; bytes: number }> {
  const html = await (await fetch(`${BASE_URL}${pathName}`, { headers: { Cookie: cookie } })).text();
  const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1]!))];
  let bytes = 0;
  for (const source of sources) {
    const body = Buffer.from(await (await fetch(new URL(source, BASE_URL))).arrayBuffer());
    bytes += gzipSync(body).length;
  }
  return { files: sources.length, bytes };
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
