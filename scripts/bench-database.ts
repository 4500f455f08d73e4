/**
 * The large benchmark database (200 projects and 20,000 deliverables on top of the demo data, and every report of
 * the demo project submitted with 200 expenditure items) and a production server on it, shared by `npm run
 * benchmark`, `npm run benchmark:load`, `npm run benchmark:profile` and `npm run lighthouse`. It writes only
 * data/bench.db and the demo data's file it is given, which it recreates.
 */
import Database from "better-sqlite3";
import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

export const DATABASE_FILE = path.resolve("data/bench.db");
export const DATABASE_URL = `file:${DATABASE_FILE}`;
const PORT = 3200;
export const BASE_URL = `http://127.0.0.1:${PORT}`;
export const PROJECTS = 200;
export const DELIVERABLES_PER_PROJECT = 100;
export const DEMO_PROJECT = "demo-proj-danube-ict";
/** The demo data alone, where DANUBE ICT is an ordinary project: the load benchmark's and the profile's. */
export const DEMO_DATABASE_FILE = path.resolve("data/bench-demo.db");
export const ITEMS_PER_REPORT = 200;

/** An empty database file with the migrations applied. */
function createDatabase(file: string) {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  const database = new Database(file);
  const migrations = path.resolve("prisma/migrations");
  for (const name of readdirSync(migrations)
    .filter((entry) => /^\d/.test(entry))
    .sort()) {
    database.exec(readFileSync(path.join(migrations, name, "migration.sql"), "utf8"));
  }
  database.pragma("journal_mode = WAL");
  database.close();
}

/** Fills the database fast with raw inserts in one transaction; the demo data gives users and organisations. */
export function generateProjects(
  leadUserId: string,
  organisationIds: string[],
): { small: string; large: string; huge: string } {
  const database = new Database(DATABASE_FILE);
  const now = new Date().toISOString();
  const insert = {
    project: database.prepare(
      `INSERT INTO "Project" (id, acronym, title, programmeId, startDate, durationMonths, status, currency, totalCost, grantAmount, cofinancingRate, isDemo, version, createdAt, updatedAt)
       VALUES (?, ?, ?, 'demo-prog-interreg-danube', ?, 36, 'RUNNING', 'EUR', '1000000', '800000', '0.8', 1, 1, ?, ?)`,
    ),
    member: database.prepare(
      `INSERT INTO "ProjectMembership" (id, userId, projectId, role, createdAt) VALUES (?, ?, ?, 'LEAD', ?)`,
    ),
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
    milestone: database.prepare(
      `INSERT INTO "Milestone" (id, projectId, number, title, dueMonth, version, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, 1, ?, ?)`,
    ),
    period: database.prepare(
      `INSERT INTO "ReportingPeriod" (id, projectId, number, startMonth, endMonth, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
  };
  const statuses = ["PENDING", "DRAFT", "IN_REVIEW", "SUBMITTED", "APPROVED", "DRAFT"];
  // bench-0: 10 deliverables, bench-1: 500, bench-2: 1,000 in 100 work packages (the largest Gantt).
  const deliverableCounts = (index: number) =>
    index === 0 ? 10 : index === 1 ? 500 : index === 2 ? 1000 : DELIVERABLES_PER_PROJECT;
  const workPackageCounts = (index: number) => (index === 2 ? 100 : 5);
  database.transaction(() => {
    for (let index = 0; index < PROJECTS; index++) {
      const id = `bench-${index}`;
      const start = new Date(Date.UTC(2024 + (index % 3), index % 12, 1)).toISOString();
      insert.project.run(id, `BENCH-${String(index).padStart(3, "0")}`, `Benchmark project ${index}`, start, now, now);
      insert.member.run(`${id}-lead`, leadUserId, id, now);
      for (let partner = 0; partner < 4; partner++) {
        insert.partner.run(
          `${id}-pp${partner + 1}`,
          id,
          organisationIds[(index + partner) % organisationIds.length],
          partner === 0 ? "LEAD_PARTNER" : "PARTNER",
          partner + 1,
          now,
          now,
        );
      }
      for (let workPackage = 1; workPackage <= workPackageCounts(index); workPackage++) {
        insert.workPackage.run(
          `${id}-wp${workPackage}`,
          id,
          workPackage,
          `Work package ${workPackage}`,
          `${id}-pp${(workPackage % 4) + 1}`,
          now,
          now,
        );
      }
      for (let period = 1; period <= 6; period++)
        insert.period.run(`${id}-p${period}`, id, period, (period - 1) * 6 + 1, period * 6, now, now);
      for (let milestone = 1; milestone <= 6; milestone++)
        insert.milestone.run(`${id}-ms${milestone}`, id, milestone, `Milestone ${milestone}`, milestone * 6, now, now);
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
  fillExpenditure(DEMO_PROJECT);
  return { small: "bench-0", large: "bench-1", huge: "bench-2" };
}

/**
 * Gives every partner of a project a submitted report for every period, each with ITEMS_PER_REPORT expenditure
 * items (a fifth of them in RSD), the largest finance the budget page is measured on.
 */
function fillExpenditure(projectId: string) {
  const database = new Database(DATABASE_FILE);
  const now = new Date().toISOString();
  const partners = database.prepare(`SELECT id FROM "ProjectPartner" WHERE projectId = ?`).all(projectId) as {
    id: string;
  }[];
  const periods = database.prepare(`SELECT id FROM "ReportingPeriod" WHERE projectId = ?`).all(projectId) as {
    id: string;
  }[];
  const report = database.prepare(
    `INSERT INTO "PartnerReport" (id, projectId, periodId, partnerId, status, submittedAt, version, createdAt, updatedAt)
     VALUES (?, ?, ?, ?, 'SUBMITTED', ?, 1, ?, ?)
     ON CONFLICT (periodId, partnerId) DO UPDATE SET status = 'SUBMITTED', submittedAt = excluded.submittedAt`,
  );
  const reportId = database.prepare(`SELECT id FROM "PartnerReport" WHERE periodId = ? AND partnerId = ?`);
  const clear = database.prepare(`DELETE FROM "ExpenditureItem" WHERE reportId = ?`);
  const item = database.prepare(
    `INSERT INTO "ExpenditureItem" (id, projectId, reportId, category, description, invoiceDate, amount, currency, exchangeRate, rateMonth, rateIsAverage, convertedAmount, version, createdAt, updatedAt)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, 1, ?, ?)`,
  );
  const categories = ["STAFF", "TRAVEL_AND_ACCOMMODATION", "EXTERNAL_EXPERTISE", "EQUIPMENT"];
  database.transaction(() => {
    for (const partner of partners) {
      for (const period of periods) {
        report.run(`${partner.id}-${period.id}-bench`, projectId, period.id, partner.id, now, now, now);
        const { id } = reportId.get(period.id, partner.id) as { id: string };
        clear.run(id);
        for (let index = 0; index < ITEMS_PER_REPORT; index++) {
          const inDinars = index % 5 === 0;
          item.run(
            `${id}-item${index}`,
            projectId,
            id,
            categories[index % categories.length],
            `Invoice ${index + 1} of the period`,
            "2016-03-01T00:00:00.000Z",
            inDinars ? "12345.00" : "100.00",
            inDinars ? "RSD" : "EUR",
            inDinars ? "123.4500" : null,
            inDinars ? "2016-03-01T00:00:00.000Z" : null,
            "100.00",
            now,
            now,
          );
        }
      }
    }
  })();
  database.close();
}

/** A database file with the demo data alone, through the app's own seed; returns a client on it. */
export async function buildDemoDatabase(file: string) {
  process.env.DATABASE_URL = `file:${file}`;
  createDatabase(file);
  const { createPrismaClient } = await import("@/lib/db/client");
  const { seedDemoData } = await import("@/lib/seed/seed-demo");
  const client = createPrismaClient(`file:${file}`);
  await seedDemoData(client);
  return client;
}

/**
 * Builds the benchmark database: the demo data through the app's own seed, then the generated projects.
 * Returns the ids of the projects with 10, 500 and 1,000 deliverables, and the lead of them all.
 */
export async function buildBenchDatabase() {
  const seedClient = await buildDemoDatabase(DATABASE_FILE);
  const lead = await seedClient.user.findUniqueOrThrow({
    where: { email: "lead@demo.test" },
    select: { id: true, email: true, name: true, role: true, organisationId: true },
  });
  const organisations = (await seedClient.organisation.findMany({ select: { id: true } })).map(
    (organisation) => organisation.id,
  );
  await seedClient.$disconnect();
  return { lead, ...generateProjects(lead.id, organisations) };
}

/** The production server on a database; `nodeOptions` go to Node.js itself (the profiler's, for one). */
export async function startServer(databaseUrl = DATABASE_URL, nodeOptions: string[] = []): Promise<ChildProcess> {
  const server = spawn(process.execPath, [...nodeOptions, path.resolve("server.mjs"), "--port", String(PORT)], {
    env: { ...process.env, DATABASE_URL: databaseUrl, AUTH_TRUST_HOST: "true", NODE_ENV: "production" },
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
  throw new Error("The server did not answer within 60 s");
}

/** Signs in through next-auth's credentials endpoint, as the login form does, and returns the cookies. */
export async function signIn(email: string): Promise<string> {
  const csrfResponse = await fetch(`${BASE_URL}/api/auth/csrf`);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const csrfCookie = csrfResponse.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
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
